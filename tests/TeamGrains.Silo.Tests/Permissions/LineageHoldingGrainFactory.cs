using System.Collections.Concurrent;
using TeamGrains.Interfaces.Organizations;
using TeamGrains.Interfaces.Runtime;
using TeamGrains.Silo.Tests.Runtime.TestGrains;

namespace TeamGrains.Silo.Tests.Permissions;

/// <summary>
/// The silo's grain factory (every grain and the test get their references here), except that the next
/// lineage read of an organization named by <see cref="HoldNextRead"/> waits at the probe's gate
/// "lineage:&lt;id&gt;" after it has read: a test can commit a change between a read and what the reader does next.
/// </summary>
public sealed class LineageHoldingGrainFactory(IGrainFactory inner, GrainProbe probe) : IGrainFactory
{
    private readonly ConcurrentDictionary<string, byte> _held = new(StringComparer.Ordinal);

    public static string Gate(string organizationId) => "lineage:" + organizationId;

    public void HoldNextRead(string organizationId) => _held[organizationId] = 0;

    public TGrain GetGrain<TGrain>(string key)
        where TGrain : IGrainWithStringKey
    {
        var grain = inner.GetGrain<TGrain>(key);
        return grain is IOrganizationGrain organization && _held.ContainsKey(key)
            ? (TGrain)LineageReadHold.Wrap(organization, () => _held.TryRemove(key, out _) ? probe.WaitAtAsync(Gate(key)) : Task.CompletedTask)
            : grain;
    }
}
