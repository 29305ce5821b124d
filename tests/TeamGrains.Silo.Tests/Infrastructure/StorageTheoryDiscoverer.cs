using Xunit.Abstractions;
using Xunit.Sdk;

namespace TeamGrains.Silo.Tests.Infrastructure;

/// <summary>Discovers <see cref="StorageTheoryAttribute"/> tests like theories, or as one skipped case on an unconfigured PostgreSQL subclass.</summary>
public sealed class StorageTheoryDiscoverer(IMessageSink diagnosticMessageSink) : TheoryDiscoverer(diagnosticMessageSink)
{
    private readonly IMessageSink _sink = diagnosticMessageSink;

    public override IEnumerable<IXunitTestCase> Discover(
        ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo theoryAttribute)
    {
        var marker = typeof(PostgresTestClassAttribute).AssemblyQualifiedName!;
        if (testMethod.TestClass.Class.GetCustomAttributes(marker).Any() && TestPostgres.SkipReason is { } reason)
        {
            return [new SkippedTestCase(_sink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, reason)];
        }

        return base.Discover(discoveryOptions, testMethod, theoryAttribute);
    }
}
