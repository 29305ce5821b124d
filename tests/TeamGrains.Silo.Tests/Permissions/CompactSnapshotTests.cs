using TeamGrains.Interfaces.Permissions;

namespace TeamGrains.Silo.Tests.Permissions;

/// <summary>The snapshot's sorted index answers like a dictionary, for one membership or many.</summary>
public sealed class CompactSnapshotTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(57)]
    public void EveryOrganizationIsFoundAndNoOtherOne(int organizations)
    {
        var direct = Enumerable.Range(0, organizations).Select(i => KeyValuePair.Create($"o{i * 7 % organizations}", i % 2 == 0 ? "ADMIN" : "Custom"));
        var teams = new[] { new TeamRoleSnapshot("t1", "o0", "VIEWER"), new TeamRoleSnapshot("t2", "elsewhere", "OWNER") };
        var user = new UserPermissionSnapshot("u", true, direct.ToList(), teams);

        for (var i = 0; i < organizations; i++)
        {
            Assert.True(user.TryGetRolesAt($"o{i}", out var roles));
            Assert.NotNull(roles.DirectRole);
            Assert.True(user.IsDirectMemberAt($"o{i}"));
        }

        Assert.Equal(["t1"], user.TryGetRolesAt("o0", out var atO0) ? atO0.Teams.Select(t => t.TeamId) : []);
        Assert.True(user.TryGetRolesAt("elsewhere", out var elsewhere));
        Assert.Null(elsewhere.DirectRole);
        Assert.False(user.IsDirectMemberAt("elsewhere"));
        Assert.False(user.TryGetRolesAt("o", out _));
        Assert.False(user.TryGetRolesAt($"o{organizations}", out _));
        Assert.Equal(organizations, user.DirectRoles.Count());
        Assert.True(user.IsInTeam("t1") && user.IsInTeam("t2") && !user.IsInTeam("t3"));
    }

    [Fact]
    public void AUserWithoutMembershipsHoldsNothingAnywhere()
    {
        var user = new UserPermissionSnapshot("u", true, [], []);

        Assert.False(user.TryGetRolesAt("o", out _));
        Assert.False(user.IsDirectMemberAt("o"));
        Assert.False(user.IsInTeam("t"));
        Assert.Empty(user.DirectRoles);
    }
}
