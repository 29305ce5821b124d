using Xunit.Sdk;

namespace TeamGrains.Silo.Tests.Infrastructure;

/// <summary>The theory form of <see cref="StorageFactAttribute"/>: skipped on an unconfigured PostgreSQL subclass.</summary>
[AttributeUsage(AttributeTargets.Method)]
[XunitTestCaseDiscoverer("TeamGrains.Silo.Tests.Infrastructure.StorageTheoryDiscoverer", "TeamGrains.Silo.Tests")]
public sealed class StorageTheoryAttribute : TheoryAttribute
{
}
