using TeamGrains.Interfaces.Permissions;

namespace TeamGrains.Silo.Tests.Permissions;

public sealed class SnapshotTests
{
    [Fact]
    public void ResourceBindingOfTheSamePrincipalTwiceCountsTheHigherLevel()
    {
        var resource = new ResourceSnapshot("r", "o", ResourceVisibility.Private,
        [
            ResourceBinding.ForUser("u", AccessLevel.Admin),
            ResourceBinding.ForUser("u", AccessLevel.Viewer),
            ResourceBinding.ForTeam("t", AccessLevel.NoAccess),
            ResourceBinding.ForTeam("t", AccessLevel.Contributor),
        ]);

        Assert.True(resource.TryGetUserLevel("u", out var userLevel));
        Assert.Equal(AccessLevel.Admin, userLevel);
        var (teamId, teamLevel) = Assert.Single(resource.TeamBindings);
        Assert.Equal("t", teamId);
        Assert.Equal(AccessLevel.Contributor, teamLevel);
    }

    [Fact]
    public void UserSnapshotIndexesRolesByOrganization()
    {
        var user = new UserPermissionSnapshot("u", true,
            [KeyValuePair.Create("o1", "ADMIN")],
            [new TeamRoleSnapshot("t1", "o1", "VIEWER"), new TeamRoleSnapshot("t2", "o2", null), new TeamRoleSnapshot("t3", "o3", "OWNER")]);

        Assert.True(user.TryGetRolesAt("o1", out var atO1));
        Assert.Equal("ADMIN", atO1.DirectRole);
        Assert.Equal(["t1"], atO1.Teams.Select(t => t.TeamId));
        Assert.False(user.TryGetRolesAt("o2", out _));
        Assert.True(user.TryGetRolesAt("o3", out var atO3));
        Assert.Null(atO3.DirectRole);
        Assert.True(user.IsInTeam("t2"));
        Assert.False(user.IsInTeam("t9"));
    }

    [Fact]
    public void ChainRejectsEmptinessAndCycles()
    {
        Assert.Throws<ArgumentException>(() => new OrganizationChain([]));
        Assert.Throws<ArgumentException>(() => new OrganizationChain(["a", "b", "a"]));
        var chain = new OrganizationChain(["leaf", "mid", "root"]);
        Assert.Equal("leaf", chain.OrganizationId);
        Assert.Equal("root", chain.RootId);
        Assert.True(chain.Contains("mid"));
    }
}
