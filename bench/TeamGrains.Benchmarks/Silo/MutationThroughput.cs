using System.Diagnostics;
using System.Globalization;
using TeamGrains.Interfaces;
using TeamGrains.Interfaces.Organizations;
using TeamGrains.Interfaces.Permissions;
using TeamGrains.Interfaces.Users;

namespace TeamGrains.Benchmarks.Silo;

/// <summary>
/// Role changes per second straight into the silo on PostgreSQL, without the HTTP/GraphQL gateway or a
/// load generator process: the storage path's share of issue 5's comparison with <c>pgbench -N</c>
/// (bench/scaleout/run.sh runs both). <c>dotnet run -c Release --project bench/TeamGrains.Benchmarks --
/// mutations [seconds] [concurrency]</c> with <c>TEAMGRAINS_BENCH_POSTGRES</c> set. As in
/// <c>bench.mjs mutations</c>: each of <c>concurrency</c> loops changes the role of the one member of its
/// own organization, alternating VIEWER and DEVELOPER. Not a BenchmarkDotNet benchmark: it measures
/// throughput under concurrency over a fixed time, with a warm-up of 5 s.
/// </summary>
internal static class MutationThroughput
{
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(5);

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var seconds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 15;
        var concurrency = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 16;
        await using var silo = await SiloBenchHost.StartAsync(BenchStorage.PostgreSql);

        var tenants = new List<(string Owner, string Organization, string Member)>();
        for (var i = 0; i < concurrency; i++)
        {
            var owner = await silo.Grains.GetGrain<IUserDirectoryGrain>($"owner-{i}-{Guid.NewGuid():N}@example.com").SignUpAsync("Owner");
            var organization = await silo.Grains.GetGrain<IOrganizationGrain>(Ids.New()).CreateAsync(owner.Id, "Bench", null);
            var member = await silo.Grains.GetGrain<IUserDirectoryGrain>($"member-{i}-{Guid.NewGuid():N}@example.com").SignUpAsync("Member");
            await silo.Grains.GetGrain<IOrganizationGrain>(organization.Id).AddMemberAsync(owner.Id, member.Id, BuiltInRoles.Viewer);
            tenants.Add((owner.Id, organization.Id, member.Id));
        }

        await RunLoopsAsync(silo, tenants, WarmUp);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var latencies = await RunLoopsAsync(silo, tenants, TimeSpan.FromSeconds(seconds));
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        latencies.Sort();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{{\"mode\":\"grain-mutations\",\"seconds\":{seconds},\"concurrency\":{concurrency},\"perSecond\":{latencies.Count / seconds},"
            + $"\"completed\":{latencies.Count},\"p50\":{Percentile(latencies, 50):F2},\"p99\":{Percentile(latencies, 99):F2},"
            + $"\"processCpuMsPerChange\":{cpu.TotalMilliseconds / Math.Max(1, latencies.Count):F3}}}"));
        return 0;
    }

    /// <summary>Runs every tenant's loop for <paramref name="duration"/>; the latencies (ms) of the completed changes.</summary>
    private static async Task<List<double>> RunLoopsAsync(SiloBenchHost silo, List<(string Owner, string Organization, string Member)> tenants, TimeSpan duration)
    {
        var end = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var perLoop = await Task.WhenAll(tenants.Select(tenant => Task.Run(async () =>
        {
            var latencies = new List<double>();
            var organization = silo.Grains.GetGrain<IOrganizationGrain>(tenant.Organization);
            for (var i = 0; Stopwatch.GetTimestamp() < end; i++)
            {
                var started = Stopwatch.GetTimestamp();
                try
                {
                    await organization.ChangeMemberRoleAsync(tenant.Owner, tenant.Member, i % 2 == 0 ? BuiltInRoles.Developer : BuiltInRoles.Viewer);
                    latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
                catch (TeamGrainsException)
                {
                    // Counted as not completed (a conflict or an unavailable storage), as the HTTP benchmark does.
                }
            }

            return latencies;
        })));
        return perLoop.SelectMany(l => l).ToList();
    }

    private static double Percentile(List<double> sorted, int percent)
        => sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, sorted.Count * percent / 100)];
}
