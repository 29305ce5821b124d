using TeamGrains.Interfaces.Permissions;
using TeamGrains.Silo.Tests.Grains;
using TeamGrains.Silo.Tests.Infrastructure;

namespace TeamGrains.Silo.Tests.Concurrency;

/// <summary>
/// A role change hands the new role to the member's warm user grain (it absorbs the change instead of
/// reloading) while that grain may be answering permission checks ([AlwaysInterleave]) at the same
/// moment. Whatever those checks see meanwhile, once the change has returned every answer must follow
/// the new role: a cached answer from the old role, or a half-applied state, fails here.
/// </summary>
[PostgresTestClass]
public sealed class AbsorbedRoleChangeTests(PostgresDatabaseFixture database) : DomainTestBase(database), IClassFixture<PostgresDatabaseFixture>
{
    private const int Rounds = 20;

    [PostgresFact]
    public async Task AfterEachRoleChangeReturnsTheMembersAnswersFollowTheNewRoleWhileChecksRunAlongside()
    {
        var owner = await SignUpAsync("owner");
        var acme = await CreateRootAsync(owner);
        var sub = await CreateSubAsync(owner, acme);
        var member = await NewMemberAsync(acme, owner, BuiltInRoles.Viewer);
        Assert.False(await HasAsync(member, sub, PermissionNames.MembersManage));

        using var stop = new CancellationTokenSource();
        var checks = Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            var answered = 0;
            while (!stop.IsCancellationRequested)
            {
                await HasAsync(member, sub, PermissionNames.MembersManage);
                await PermissionsAsync(member, acme);
                answered++;
            }

            return answered;
        })).ToList();

        for (var round = 0; round < Rounds; round++)
        {
            var role = round % 2 == 0 ? BuiltInRoles.Admin : BuiltInRoles.Viewer;
            await Org(acme.Id).ChangeMemberRoleAsync(owner.Id, member.Id, role);

            // Inherited into the sub-organization, and the full set at the root: both from the new role.
            Assert.Equal(role == BuiltInRoles.Admin, await HasAsync(member, sub, PermissionNames.MembersManage));
            Assert.Equal(role == BuiltInRoles.Admin, (await PermissionsAsync(member, acme)).Contains(PermissionNames.MembersManage));
        }

        await stop.CancelAsync();
        Assert.All(await Task.WhenAll(checks), answered => Assert.True(answered > 0));
        Assert.Equal(BuiltInRoles.Viewer, await DirectRoleAsync(acme, owner, member));
    }
}
