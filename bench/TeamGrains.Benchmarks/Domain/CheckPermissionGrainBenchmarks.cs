using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TeamGrains.Interfaces;
using TeamGrains.Interfaces.Organizations;
using TeamGrains.Interfaces.Permissions;
using TeamGrains.Interfaces.Teams;
using TeamGrains.Interfaces.Users;
using TeamGrains.Silo.Extensions;

namespace TeamGrains.Benchmarks.Domain;

/// <summary>
/// checkPermission through the user grain with warm activations, at the bottom of a tree of
/// <see cref="Depth"/> levels: the user holds a role at the root and a team role halfway down.
/// Storage is SQLite in a temporary file; warm checks never reach it.
/// </summary>
[MemoryDiagnoser]
public class CheckPermissionGrainBenchmarks
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "teamgrains-bench", Guid.NewGuid().ToString("N"));
    private IHost _host = null!;
    private IUserGrain _user = null!;
    private string _userId = "";
    private string _leafId = "";

    [Params(1, 12)]
    public int Depth { get; set; }

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup()
    {
        _host.StopAsync().GetAwaiter().GetResult();
        _host.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>The hot path: a cached answer keyed by the dependency epoch.</summary>
    [Benchmark(Baseline = true)]
    public Task<bool> CheckPermissionWarm() => _user.CheckPermissionAsync(_userId, _leafId, PermissionNames.AppsPush);

    /// <summary>What grains use to authorize an actor.</summary>
    [Benchmark]
    public Task<OrganizationAccess> GetAccessWarm() => _user.GetAccessAsync(_leafId);

    /// <summary>effectivePermissions with its grants (computed per call, not cached).</summary>
    [Benchmark]
    public Task<EffectivePermissionsDto> EffectivePermissionsExplained() => _user.GetEffectivePermissionsAsync(_userId, _leafId);

    private async Task SetupAsync()
    {
        Directory.CreateDirectory(_folder);
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = _folder });
        builder.Services.AddTeamGrainsSilo(storage => storage.SqlitePath = Path.Combine(_folder, "bench.db"));
        builder.Services.AddTeamGrainsDomain();
        _host = builder.Build();
        await _host.StartAsync();
        var grains = _host.Services.GetRequiredService<Interfaces.Runtime.IGrainFactory>();

        var owner = await grains.GetGrain<IUserDirectoryGrain>("owner@bench.example").SignUpAsync("Owner");
        var member = await grains.GetGrain<IUserDirectoryGrain>("member@bench.example").SignUpAsync("Member");
        var root = await grains.GetGrain<IOrganizationGrain>(Ids.New()).CreateAsync(owner.Id, "Root", null);
        await grains.GetGrain<IOrganizationGrain>(root.Id).AddMemberAsync(owner.Id, member.Id, BuiltInRoles.Operator);
        var leaf = root;
        for (var level = 1; level < Depth; level++)
        {
            leaf = await grains.GetGrain<IOrganizationGrain>(Ids.New()).CreateAsync(owner.Id, $"Level {level}", leaf.Id);
            if (level == Depth / 2)
            {
                var team = await grains.GetGrain<ITeamGrain>(Ids.New()).CreateAsync(owner.Id, leaf.Id, "Builders", BuiltInRoles.Developer);
                await grains.GetGrain<ITeamGrain>(team.Id).AddMemberAsync(owner.Id, member.Id);
            }
        }

        _userId = member.Id;
        _leafId = leaf.Id;
        _user = grains.GetGrain<IUserGrain>(member.Id);
        if (!await CheckPermissionWarm() && Depth > 2)
        {
            throw new InvalidOperationException("The team's DEVELOPER role should give apps:push at the leaf.");
        }
    }
}
