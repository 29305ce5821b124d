using TeamGrains.Interfaces.Permissions;
using TeamGrains.Silo.Permissions;

namespace TeamGrains.Silo.Tests.Permissions;

/// <summary>
/// Builds the snapshots of one test: a chain of organizations "org-0" (the organization asked about) up to
/// "org-{depth-1}" (the root), one user with direct roles and teams, and a role catalogue.
/// </summary>
internal sealed class PermissionScenario
{
    private readonly Dictionary<string, string> _directRoles = [];
    private readonly List<TeamRoleSnapshot> _teams = [];

    public PermissionScenario(int chainLength = 1)
    {
        Chain = new OrganizationChain(Enumerable.Range(0, chainLength).Select(OrganizationAt));
    }

    public const string UserId = "user-1";

    public OrganizationChain Chain { get; }

    public RoleCatalogue Roles { get; set; } = RoleCatalogue.BuiltInOnly;

    public bool IsActive { get; set; } = true;

    /// <summary>The organization at a depth of the chain (0 = asked about, last = root).</summary>
    public static string OrganizationAt(int depth) => $"org-{depth}";

    public PermissionScenario Direct(int depth, string role)
    {
        _directRoles[OrganizationAt(depth)] = role;
        return this;
    }

    public PermissionScenario Team(string teamId, int depth, string? role)
    {
        _teams.Add(new TeamRoleSnapshot(teamId, OrganizationAt(depth), role));
        return this;
    }

    /// <summary>A team of an organization outside the chain (a sibling branch).</summary>
    public PermissionScenario TeamElsewhere(string teamId, string organizationId, string? role)
    {
        _teams.Add(new TeamRoleSnapshot(teamId, organizationId, role));
        return this;
    }

    public PermissionScenario DirectElsewhere(string organizationId, string role)
    {
        _directRoles[organizationId] = role;
        return this;
    }

    public UserPermissionSnapshot User() => new(UserId, IsActive, _directRoles, _teams);

    public PermissionSet OrganizationPermissions() =>
        PermissionEvaluator.ComputeOrganizationPermissions(User(), Chain, Roles);

    public PermissionSet ResourcePermissions(ResourceSnapshot resource) =>
        PermissionEvaluator.ComputeResourcePermissions(User(), Chain, Roles, resource);

    public EffectivePermissions Explain(ResourceSnapshot? resource = null) =>
        PermissionEvaluator.Explain(User(), Chain, Roles, resource);

    public ResourceSnapshot Resource(ResourceVisibility visibility, params ResourceBinding[] bindings) =>
        new("res-1", OrganizationAt(0), visibility, bindings);
}
