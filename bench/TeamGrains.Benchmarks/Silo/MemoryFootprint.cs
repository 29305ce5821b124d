using System.Diagnostics;
using TeamGrains.Interfaces.Organizations;
using TeamGrains.Interfaces.Permissions;
using TeamGrains.Interfaces.Users;

namespace TeamGrains.Benchmarks.Silo;

/// <summary>
/// Resident memory per membership (goal: under 2 KB), run by
/// <c>dotnet run -c Release --project bench/TeamGrains.Benchmarks -- memory [users] [sqlite|postgres]</c>.
/// Seeds <see cref="OrganizationTreeSeed"/> (10,000 tree organizations, each user a direct member of one of
/// them and OWNER of a personal organization) with bulk SQL, then activates every organization (phase 1)
/// and every user, each with one permission check in its tree organization and one in its personal
/// organization (phase 2). Before/after snapshots are taken after a forced full GC.
/// </summary>
internal static class MemoryFootprint
{
    private const int Parallelism = 16;

    /// <summary>Seconds to keep the process alive after the last snapshot (for dotnet-gcdump); unset: none.</summary>
    private const string HoldVariable = "TEAMGRAINS_BENCH_HOLD";

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var users = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
        var storage = args.Length > 2 && args[2] == "postgres" ? BenchStorage.PostgreSql : BenchStorage.Sqlite;
        var seed = new OrganizationTreeSeed(Organizations: 10_000, Users: users, PersonalOrganizations: true);
        var organizations = seed.Organizations + seed.Users;
        output.WriteLine($"Storage {storage}; {seed.Users:N0} users, {organizations:N0} organizations, {seed.Memberships:N0} memberships; "
            + $"server GC {System.Runtime.GCSettings.IsServerGC}; {Environment.ProcessorCount} cores");

        await using var silo = await SiloBenchHost.StartAsync(storage);
        var clock = Stopwatch.StartNew();
        await seed.WriteAsync(silo.Storage);
        output.WriteLine($"Seeded in {clock.Elapsed.TotalSeconds:F1} s");

        // Warm the code paths (JIT, pools, statement caches) on a few users, then drop every activation again.
        await CheckUsersAsync(silo, seed, Enumerable.Range(0, 500));
        silo.Catalog.CollectIdle(TimeSpan.Zero);
        await Task.Delay(500);
        var before = MemorySnapshot.Take();
        output.WriteLine($"Before: {silo.Catalog.Count} activations, managed {before.ManagedBytes / 1048576.0:F1} MB, working set {before.WorkingSetBytes / 1048576.0:F1} MB");

        clock.Restart();
        var organizationIds = Enumerable.Range(0, seed.Organizations).Select(OrganizationTreeSeed.OrganizationId)
            .Concat(Enumerable.Range(0, seed.Users).Select(OrganizationTreeSeed.PersonalOrganizationId));
        await Parallel.ForEachAsync(organizationIds, new ParallelOptions { MaxDegreeOfParallelism = Parallelism },
            async (id, ct) => _ = await silo.Grains.GetGrain<IOrganizationGrain>(id).GetLineageAsync() ?? throw new InvalidOperationException(id));
        var afterOrganizations = MemorySnapshot.Take();
        output.WriteLine($"Phase 1, {organizations:N0} organizations activated in {clock.Elapsed.TotalSeconds:F1} s ({silo.Catalog.Count:N0} activations)");

        clock.Restart();
        await CheckUsersAsync(silo, seed, Enumerable.Range(0, seed.Users));
        var after = MemorySnapshot.Take();
        output.WriteLine($"Phase 2, {seed.Users:N0} users activated and checked twice in {clock.Elapsed.TotalSeconds:F1} s ({silo.Catalog.Count:N0} activations)");

        output.WriteLine($"Organizations (phase 1) per membership: {(afterOrganizations - before).PerItem(seed.Memberships)}");
        output.WriteLine($"Users (phase 2) per membership:         {(after - afterOrganizations).PerItem(seed.Memberships)}");
        output.WriteLine($"Users (phase 2) per user:               {(after - afterOrganizations).PerItem(seed.Users)}");
        output.WriteLine($"Total per membership:                   {(after - before).PerItem(seed.Memberships)}");
        // Organizations a user's checks depend on: its home organization's chain plus its personal organization.
        var dependencies = Enumerable.Range(0, seed.Users).Average(j => OrganizationTreeSeed.Depth(j % seed.Organizations) + 2.0);
        output.WriteLine($"Organizations each user watches (chain of home + personal), mean: {dependencies:F1}");
        ComponentSizes.Print(output);

        if (Environment.GetEnvironmentVariable(HoldVariable) is { Length: > 0 } hold)
        {
            // Keeps every activation alive so that `dotnet-gcdump collect -p <pid>` can take the heap apart by type.
            output.WriteLine($"Holding {hold} s for a heap dump: dotnet-gcdump collect -p {Environment.ProcessId}");
            await Task.Delay(TimeSpan.FromSeconds(int.Parse(hold, System.Globalization.CultureInfo.InvariantCulture)));
            GC.KeepAlive(silo);
        }

        // Idle collection must give it all back (activations, caches, watches).
        silo.Catalog.CollectIdle(TimeSpan.Zero);
        await Task.Delay(TimeSpan.FromSeconds(3)); // OnDeactivateAsync runs after the activation left the catalog
        var collected = MemorySnapshot.Take() - before;
        output.WriteLine($"After idle collection of everything: {silo.Catalog.Count} activations, managed {collected.ManagedBytes / 1048576.0:F1} MB above 'before'");

        return 0;
    }

    private static Task CheckUsersAsync(SiloBenchHost silo, OrganizationTreeSeed seed, IEnumerable<int> users)
        => Parallel.ForEachAsync(users, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (j, _) =>
        {
            var userId = OrganizationTreeSeed.UserId(j);
            var user = silo.Grains.GetGrain<IUserGrain>(userId);
            var home = await user.CheckPermissionAsync(userId, seed.HomeOrganizationId(j), PermissionNames.AppsPush);
            var personal = await user.CheckPermissionAsync(userId, OrganizationTreeSeed.PersonalOrganizationId(j), PermissionNames.AppsPush);
            if (home != (OrganizationTreeSeed.Role(j) == BuiltInRoles.Developer) || !personal)
            {
                throw new InvalidOperationException($"Unexpected answer for {userId}.");
            }
        });
}
