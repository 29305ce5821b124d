using TeamGrains.Interfaces.Permissions;

namespace TeamGrains.Benchmarks.Permissions;

/// <summary>
/// The benchmark's world: a tree of 10,000 organizations with GUID ids, a spine ten levels deep, and one
/// user at the bottom of the spine with memberships along the way and elsewhere, in 20 teams.
/// </summary>
internal sealed class PermissionTree
{
    public const int OrganizationCount = 10_000;
    public const int SpineDepth = 10;
    public const int TeamCount = 20;

    public PermissionTree(int seed = 42)
    {
        var random = new Random(seed);
        var ids = new string[OrganizationCount];
        var parents = new int[OrganizationCount];
        var depths = new int[OrganizationCount];
        for (var i = 0; i < OrganizationCount; i++)
        {
            ids[i] = Guid.NewGuid().ToString("N");

            // 0 is the root; 1..SpineDepth form the spine; the rest hang below random organizations of depth < 8.
            parents[i] = i == 0 ? -1 : i <= SpineDepth ? i - 1 : PickShallowParent(random, depths, i);
            depths[i] = i == 0 ? 0 : depths[parents[i]] + 1;
        }

        var chain = new List<string>();
        for (var i = SpineDepth; i >= 0; i = parents[i])
        {
            chain.Add(ids[i]);
        }

        Chain = new OrganizationChain(chain);
        Roles = RoleCatalogue.BuiltInOnly
            .WithCustomRole("Creator", ["apps:create", "apps:push", "versions:create"])
            .WithCustomRole("Auditor", ["audit:view", "usage:view"])
            .WithCustomRole("Module Reader", ["apps:view", "runs:view"]);

        var direct = new Dictionary<string, string>
        {
            [ids[0]] = BuiltInRoles.Viewer,
            [ids[5]] = "Auditor",
            [ids[SpineDepth]] = BuiltInRoles.None,
        };
        for (var k = 0; k < 5; k++)
        {
            direct[ids[random.Next(SpineDepth + 1, OrganizationCount)]] = BuiltInRoles.Admin;
        }

        var teams = new List<TeamRoleSnapshot>
        {
            new("team-spine-3", ids[3], BuiltInRoles.Operator),
            new("team-spine-8", ids[8], null),
            new("team-spine-10", ids[SpineDepth], "Creator"),
        };
        while (teams.Count < TeamCount)
        {
            teams.Add(new TeamRoleSnapshot($"team-{teams.Count}", ids[random.Next(SpineDepth + 1, OrganizationCount)], BuiltInRoles.Developer));
        }

        UserId = Guid.NewGuid().ToString("N");
        User = new UserPermissionSnapshot(UserId, isActive: true, direct, teams);
        Resource = new ResourceSnapshot(
            Guid.NewGuid().ToString("N"),
            Chain.OrganizationId,
            ResourceVisibility.Organization,
            [
                ResourceBinding.ForUser(Guid.NewGuid().ToString("N"), AccessLevel.Admin),
                ResourceBinding.ForUser(UserId, AccessLevel.Viewer),
                ResourceBinding.ForTeam("team-spine-8", AccessLevel.Contributor),
                ResourceBinding.ForTeam("team-other", AccessLevel.Admin),
            ]);
    }

    public OrganizationChain Chain { get; }

    public RoleCatalogue Roles { get; }

    public string UserId { get; }

    public UserPermissionSnapshot User { get; }

    public ResourceSnapshot Resource { get; }

    private static int PickShallowParent(Random random, int[] depths, int count)
    {
        while (true)
        {
            var candidate = random.Next(0, count);
            if (depths[candidate] < 8)
            {
                return candidate;
            }
        }
    }
}
