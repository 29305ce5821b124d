namespace TeamGrains.Silo.Runtime.Invocation;

/// <summary>The result of a call whose method returns no value (Task, ValueTask).</summary>
internal readonly struct Unit
{
}
