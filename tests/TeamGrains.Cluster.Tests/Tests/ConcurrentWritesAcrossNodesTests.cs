using TeamGrains.Cluster.Tests.Infrastructure;

namespace TeamGrains.Cluster.Tests.Tests;

/// <summary>
/// The same write sent to every node at once: PostgreSQL (versions and unique keys) decides, so the
/// invariants of PERMISSIONS.md hold however the race falls.
/// </summary>
public sealed class ConcurrentWritesAcrossNodesTests : IAsyncLifetime
{
    private static readonly string[] LosingCodes = ["INVITATION_NOT_PENDING", "ALREADY_MEMBER", "CONFLICT"];
    private TestCluster _cluster = null!;

    [PostgresFact]
    public async Task OneEmailSignedUpOnEveryNodeAtOnceIsOneUser()
    {
        var email = $"race.{Guid.NewGuid():N}@example.com";
        const string SignUp = "mutation($e: String!) { signUp(input: { email: $e }) { user { id } } }";

        var responses = await Task.WhenAll(_cluster.Nodes.Select(node => node.Client().SendAsync(SignUp, new { e = email })));

        var ids = responses.Where(r => r.Errors is null)
            .Select(r => r.Body.GetProperty("data").GetProperty("signUp").GetProperty("user").GetProperty("id").GetString())
            .Distinct().ToList();
        Assert.Single(ids);
        Assert.All(responses.Where(r => r.Errors is not null), r => Assert.Equal("CONFLICT", r.FirstErrorCode));
        Assert.Equal(1L, await _cluster.Database.ScalarAsync<long>("SELECT count(*) FROM users WHERE email = @e", ("e", email)));
    }

    [PostgresFact]
    public async Task AnInvitationAcceptedOnEveryNodeAtOnceIsAcceptedOnce()
    {
        var alice = await _cluster[0].Client().SignUpAsync("alice");
        var bob = await _cluster[1].Client().SignUpAsync("bob");
        var org = await ClusterScenario.CreateOrganizationAsync(_cluster[0].Client(alice.Token), "Acme");
        var (invitation, token) = await ClusterScenario.InviteAsync(_cluster[0].Client(alice.Token), org, bob.Email);

        var responses = await Task.WhenAll(_cluster.Nodes.Select(node => node.Client(bob.Token).SendAsync(ClusterScenario.Accept, new { id = invitation }, token)));

        Assert.Single(responses, r => r.Errors is null);
        Assert.All(responses.Where(r => r.Errors is not null), r => Assert.Contains(r.FirstErrorCode, LosingCodes));
        Assert.Equal(1L, await _cluster.Database.ScalarAsync<long>(
            "SELECT count(*) FROM memberships WHERE organization_id = @o AND user_id = @u", ("o", org), ("u", bob.Id)));
    }

    public async Task InitializeAsync() => _cluster = await TestCluster.StartAsync(nodes: 3);

    public async Task DisposeAsync() => await _cluster.DisposeAsync();
}
