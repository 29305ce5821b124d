using Xunit.Abstractions;
using Xunit.Sdk;

namespace TeamGrains.Silo.Tests.Infrastructure;

/// <summary>Discovers <see cref="StorageFactAttribute"/> tests, skipping them on an unconfigured PostgreSQL subclass.</summary>
public sealed class StorageFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var display = discoveryOptions.MethodDisplayOrDefault();
        var displayOptions = discoveryOptions.MethodDisplayOptionsOrDefault();
        var marker = typeof(PostgresTestClassAttribute).AssemblyQualifiedName!;
        var needsPostgres = testMethod.TestClass.Class.GetCustomAttributes(marker).Any();
        if (needsPostgres && TestPostgres.SkipReason is { } reason)
        {
            yield return new SkippedTestCase(diagnosticMessageSink, display, displayOptions, testMethod, reason);
        }
        else
        {
            yield return new XunitTestCase(diagnosticMessageSink, display, displayOptions, testMethod);
        }
    }
}
