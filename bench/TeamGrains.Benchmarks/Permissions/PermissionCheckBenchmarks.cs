using BenchmarkDotNet.Attributes;
using TeamGrains.Interfaces.Permissions;
using TeamGrains.Silo.Permissions;

namespace TeamGrains.Benchmarks.Permissions;

/// <summary>
/// A user ten levels deep in a tree of 10,000 organizations, in 20 teams: permission checks from in-memory
/// snapshots (goal ≤ 100 ns, 0 B), through the epoch cache, and the explained list.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class PermissionCheckBenchmarks
{
    private static readonly int s_auditView = PermissionCatalogue.GetBit(PermissionNames.AuditView);

    private PermissionTree _tree = null!;
    private PermissionCache _cache = null!;
    private long _epoch;

    [GlobalSetup]
    public void Setup()
    {
        _tree = new PermissionTree();
        _cache = new PermissionCache();
        _epoch = 1234;
        _cache.Set(_tree.UserId, _tree.Chain.OrganizationId, _epoch, PermissionEvaluator.ComputeOrganizationPermissions(_tree.User, _tree.Chain, _tree.Roles));
    }

    /// <summary>checkPermission from snapshots: walk the 11 organizations of the chain.</summary>
    [Benchmark(Baseline = true)]
    public bool CheckOrganizationPermission() =>
        PermissionEvaluator.ComputeOrganizationPermissions(_tree.User, _tree.Chain, _tree.Roles).Contains(s_auditView);

    /// <summary>The same, with the permission given by name (as it arrives from GraphQL).</summary>
    [Benchmark]
    public bool CheckOrganizationPermissionByName() =>
        PermissionEvaluator.ComputeOrganizationPermissions(_tree.User, _tree.Chain, _tree.Roles).Contains(PermissionNames.AuditView);

    /// <summary>checkPermission on an ORGANIZATION-visibility resource with user and team bindings.</summary>
    [Benchmark]
    public bool CheckResourcePermission() =>
        PermissionEvaluator.ComputeResourcePermissions(_tree.User, _tree.Chain, _tree.Roles, _tree.Resource).Contains(PermissionNames.SecretsWrite);

    /// <summary>Repeated check at an unchanged epoch: one dictionary hit.</summary>
    [Benchmark]
    public bool CachedCheck() =>
        _cache.GetOrCompute(_tree.UserId, _tree.Chain.OrganizationId, _epoch, _tree, static t => PermissionEvaluator.ComputeOrganizationPermissions(t.User, t.Chain, t.Roles))
            .Contains(s_auditView);

    /// <summary>effectivePermissions: every permission with its grants.</summary>
    [Benchmark]
    public EffectivePermissions ExplainEffectivePermissions() =>
        PermissionEvaluator.Explain(_tree.User, _tree.Chain, _tree.Roles);

    /// <summary>Building the user snapshot (done once per change of the user, not per check).</summary>
    [Benchmark]
    public UserPermissionSnapshot BuildUserSnapshot() =>
        new(_tree.UserId, true, _tree.User.DirectRoles, _tree.User.Teams);
}
