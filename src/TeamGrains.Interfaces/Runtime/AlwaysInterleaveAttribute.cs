namespace TeamGrains.Interfaces.Runtime;

/// <summary>
/// Marks a read-only grain method that may run while another call holds the activation's turn
/// (Orleans' [AlwaysInterleave]). Use it for queries that other grains make while they are in a
/// turn themselves, so that call chains such as user → organization → user cannot deadlock.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class AlwaysInterleaveAttribute : Attribute
{
}
