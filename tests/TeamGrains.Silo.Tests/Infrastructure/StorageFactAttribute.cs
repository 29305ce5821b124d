using Xunit.Sdk;

namespace TeamGrains.Silo.Tests.Infrastructure;

/// <summary>
/// A fact in an abstract suite that runs once per storage (one subclass per provider): skipped like
/// <see cref="PostgresFactAttribute"/> when the running subclass is marked
/// <see cref="PostgresTestClassAttribute"/> and PostgreSQL is not configured; always run otherwise.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
[XunitTestCaseDiscoverer("TeamGrains.Silo.Tests.Infrastructure.StorageFactDiscoverer", "TeamGrains.Silo.Tests")]
public sealed class StorageFactAttribute : FactAttribute
{
}
