using System.Reflection;
using TeamGrains.Interfaces.Organizations;

namespace TeamGrains.Silo.Tests.Permissions;

/// <summary>
/// An organization reference whose <see cref="IOrganizationGrain.GetLineageAsync"/> returns only after
/// <see cref="Hold"/> completes, once the real read has finished: the caller holds a lineage it has not
/// yet acted on. Every other method goes straight to the real reference.
/// </summary>
public class LineageReadHold : DispatchProxy
{
    private IOrganizationGrain _inner = null!;
    private Func<Task> _hold = null!;

    public static IOrganizationGrain Wrap(IOrganizationGrain inner, Func<Task> hold)
    {
        var proxy = Create<IOrganizationGrain, LineageReadHold>();
        var holding = (LineageReadHold)(object)proxy;
        holding._inner = inner;
        holding._hold = hold;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        var result = targetMethod.Invoke(_inner, args);
        return targetMethod.Name == nameof(IOrganizationGrain.GetLineageAsync)
            ? HeldAsync((Task<OrganizationLineage?>)result!)
            : result;
    }

    private async Task<OrganizationLineage?> HeldAsync(Task<OrganizationLineage?> read)
    {
        var lineage = await read;
        await _hold();
        return lineage;
    }
}
