using BenchmarkDotNet.Attributes;
using Dapper;
using TeamGrains.Interfaces.Permissions;
using TeamGrains.Interfaces.Users;
using TeamGrains.Silo.Grains.Shared;

namespace TeamGrains.Benchmarks.Silo;

/// <summary>
/// The first checkPermission after the activations it needs were dropped, so the call loads them from the
/// database. Seed (bulk SQL, <see cref="OrganizationTreeSeed"/>): one tree of 10,000 organizations (depth 0-13),
/// 20,000 users, two direct members per organization. The user asked about is a DEVELOPER directly at
/// organization 1024, ten levels below the root, and asks about that organization.
/// A cold check activates three grains: the user (users row + memberships + teams), the leaf organization
/// (row, its members, its chain by a recursive query) and the root (for the role catalogue).
/// </summary>
[Config(typeof(ColdActivationConfig))]
public class ColdActivationBenchmarks
{
    private const int LeafIndex = 1024;
    private static readonly OrganizationTreeSeed Seed = new(Organizations: 10_000, Users: 20_000, PersonalOrganizations: false);

    private SiloBenchHost _silo = null!;
    private IUserGrain _user = null!;
    private string _userId = "";
    private string _leafId = "";

    [ParamsSource(nameof(Storages))]
    public BenchStorage Storage { get; set; }

    /// <summary>PostgreSQL only when TEAMGRAINS_BENCH_POSTGRES names a server.</summary>
    public static IEnumerable<BenchStorage> Storages()
        => SiloBenchHost.PostgresServer is null ? [BenchStorage.Sqlite] : [BenchStorage.Sqlite, BenchStorage.PostgreSql];

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => _silo.DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>Only the user's activation is dropped; its organizations stay in memory (the common case).</summary>
    [IterationSetup(Target = nameof(CheckPermissionUserCold))]
    public void DropUser() => _silo.DeactivateAsync(DomainGrainIds.User(_userId)).GetAwaiter().GetResult();

    /// <summary>The user, the leaf organization and the root are all dropped (a node that just started).</summary>
    [IterationSetup(Target = nameof(CheckPermissionAllCold))]
    public void DropAll()
    {
        DropUser();
        _silo.DeactivateAsync(DomainGrainIds.Organization(_leafId)).GetAwaiter().GetResult();
        _silo.DeactivateAsync(DomainGrainIds.Organization(OrganizationTreeSeed.OrganizationId(0))).GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true)]
    public Task<bool> CheckPermissionUserCold() => _user.CheckPermissionAsync(_userId, _leafId, PermissionNames.AppsPush);

    [Benchmark]
    public Task<bool> CheckPermissionAllCold() => _user.CheckPermissionAsync(_userId, _leafId, PermissionNames.AppsPush);

    /// <summary>The floor under any activation: a read transaction (open, BEGIN, SELECT 1, COMMIT) and nothing else.</summary>
    [Benchmark]
    public Task<long> EmptyReadTransaction() => _silo.Storage.ReadAsync((tx, ct) => tx.Connection.ExecuteScalarAsync<long>(
        new CommandDefinition("SELECT 1", transaction: tx.Transaction, cancellationToken: ct)));

    private async Task SetupAsync()
    {
        _silo = await SiloBenchHost.StartAsync(Storage);
        await Seed.WriteAsync(_silo.Storage);
        _userId = OrganizationTreeSeed.UserId(LeafIndex);
        _leafId = Seed.HomeOrganizationId(LeafIndex);
        _user = _silo.Grains.GetGrain<IUserGrain>(_userId);
        if (OrganizationTreeSeed.Depth(LeafIndex) != 10 || !await _user.CheckPermissionAsync(_userId, _leafId, PermissionNames.AppsPush))
        {
            throw new InvalidOperationException("The user should be a DEVELOPER ten levels deep, holding apps:push there.");
        }
    }
}
