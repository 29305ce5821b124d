using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using TeamGrains.Cluster.Tests.Infrastructure;
using TeamGrains.Gateway.Tests.Infrastructure;
using TeamGrains.Silo.Storage;

namespace TeamGrains.Gateway.Tests.Execution;

/// <summary>
/// A mutation's consistency token comes from its own commit, with no head read (no database round
/// trip); a mutation that committed nothing still gets one, from the head. The whole gateway over
/// PostgreSQL (one database per class), counting <see cref="IChangeFeed.ReadHeadAsync"/>.
/// </summary>
public sealed class MutationTokenTests : IAsyncLifetime
{
    private const string Rename = "mutation($id: ID!, $name: String!) { updateOrganization(input: { id: $id, name: $name }) { name } }";
    private ClusterDatabase? _database;
    private GatewayFactory? _node;
    private WebApplicationFactory<Program>? _counted;
    private CountingChangeFeed? _feed;

    public async Task InitializeAsync()
    {
        if (TestPostgres.SkipReason is not null)
        {
            return;
        }

        _database = await ClusterDatabase.CreateAsync();
        _node = new GatewayFactory(new Dictionary<string, string?> { ["ConnectionStrings:Postgres"] = _database.ConnectionString });
        _counted = _node.WithWebHostBuilder(builder => builder.ConfigureTestServices(
            services => CountingChangeFeed.Decorate(services, feed => _feed = feed)));
    }

    [PostgresFact]
    public async Task AWritingMutationsTokenCoversTheChangeLogRowItWroteWithoutAHeadRead()
    {
        var (alice, org) = await SignUpWithOrganizationAsync();
        var before = await MaxPositionAsync(org);
        var headReads = _feed!.HeadReads;

        var (status, body) = await alice.SendAsync(Rename, new { id = org, name = "Renamed" });

        Assert.Equal(200, status);
        Assert.Equal("Renamed", body.GetProperty("data").GetProperty("updateOrganization").GetProperty("name").GetString());
        var written = await MaxPositionAsync(org);
        Assert.True(written > before, "the rename appended a change-log row for the organization");
        Assert.True(TokenOf(body) >= written, $"token {TokenOf(body)} is below the mutation's own row {written}");
        Assert.Equal(headReads, _feed.HeadReads);
    }

    [PostgresFact]
    public async Task AMutationThatWritesNothingStillGetsATokenCoveringWhatItDecidedOn()
    {
        var (alice, org) = await SignUpWithOrganizationAsync();
        var aliceId = (await alice.DataAsync("{ me { id } }")).GetProperty("me").GetProperty("id").GetString();
        await alice.DataAsync(Rename, new { id = org, name = "Before" });
        var written = await MaxPositionAsync(org);
        var headReads = _feed!.HeadReads;

        // The creator is OWNER already: a role change to the same role commits nothing.
        var (status, body) = await alice.SendAsync(
            "mutation($o: ID!, $u: ID!) { changeMemberRole(input: { organizationId: $o, userId: $u, role: \"OWNER\" }) { role } }",
            new { o = org, u = aliceId });

        Assert.Equal(200, status);
        Assert.Equal("OWNER", body.GetProperty("data").GetProperty("changeMemberRole").GetProperty("role").GetString());
        Assert.Equal(written, await MaxPositionAsync(org));
        Assert.True(TokenOf(body) >= written, $"token {TokenOf(body)} is below the state the mutation decided on ({written})");
        Assert.Equal(headReads + 1, _feed.HeadReads);
    }

    [PostgresFact]
    public async Task AMutationOverWebSocketGetsItsTokenWithoutAHeadRead()
    {
        var (alice, org) = await SignUpWithOrganizationAsync();
        await using var ws = await WsSession.ConnectAsync(_counted!.Server);
        await ws.InitAsync(alice.Token);
        var headReads = _feed!.HeadReads;

        await ws.SendAsync(new { id = "m", type = "subscribe", payload = new { query = Rename, variables = new { id = org, name = "Socket" } } });
        var next = await ws.ReceiveAsync();

        Assert.Equal("next", next.GetProperty("type").GetString());
        Assert.True(TokenOf(next.GetProperty("payload")) >= await MaxPositionAsync(org));
        Assert.Equal(headReads, _feed.HeadReads);
    }

    public async Task DisposeAsync()
    {
        if (_node is null)
        {
            return;
        }

        await _counted!.DisposeAsync();
        await _node.DisposeAsync();
        await _database!.DisposeAsync();
    }

    private async Task<(GatewayClient Alice, string Organization)> SignUpWithOrganizationAsync()
    {
        var (alice, _, _, _) = await GatewayClient.SignUpAsync(_counted!.CreateClient(), "alice");
        var created = await alice.DataAsync("mutation { createOrganization(input: { name: \"Tokens\" }) { id } }");
        return (alice, created.GetProperty("createOrganization").GetProperty("id").GetString()!);
    }

    /// <summary>The newest change-log row naming <paramref name="grainKey"/> (0 when none), read from the database.</summary>
    private Task<long> MaxPositionAsync(string grainKey) => _counted!.Services.GetRequiredService<IStorage>().ReadAsync(async (tx, ct) =>
    {
        await using var command = tx.Connection.CreateCommand();
        command.Transaction = tx.Transaction;
        command.CommandText = "SELECT MAX(position) FROM change_log WHERE grain_key = @key";
        var key = command.CreateParameter();
        key.ParameterName = "@key";
        key.Value = grainKey;
        command.Parameters.Add(key);
        var max = await command.ExecuteScalarAsync(ct);
        return max is null or DBNull ? 0 : Convert.ToInt64(max, CultureInfo.InvariantCulture);
    });

    private static long TokenOf(JsonElement response)
    {
        var token = response.GetProperty("extensions").GetProperty("consistencyToken").GetString()!;
        Assert.StartsWith("ct1_", token, StringComparison.Ordinal);
        return long.Parse(token.AsSpan(4), CultureInfo.InvariantCulture);
    }
}
