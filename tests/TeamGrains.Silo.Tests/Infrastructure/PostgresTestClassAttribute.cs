namespace TeamGrains.Silo.Tests.Infrastructure;

/// <summary>
/// Marks a concrete test class whose inherited <see cref="StorageFactAttribute"/> tests run against
/// PostgreSQL, so they follow the <see cref="PostgresFactAttribute"/> skip rule.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class PostgresTestClassAttribute : Attribute
{
}
