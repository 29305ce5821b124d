using System.Collections.Concurrent;
using TeamGrains.Interfaces.Permissions;
using TeamGrains.Silo.Grains.Users;
using TeamGrains.Silo.Permissions;

namespace TeamGrains.Benchmarks.Silo;

/// <summary>
/// Retained size of the pieces a user grain activation keeps (UserGrain's fields and its state), measured by
/// keeping 10,000 of each alive and dividing the heap growth: where the per-user memory goes.
/// </summary>
internal static class ComponentSizes
{
    private const int Count = 10_000;

    public static void Print(TextWriter output, double dependenciesPerUser)
    {
        output.WriteLine("Retained bytes per instance (10,000 kept alive):");
        Measure(output, "empty ConcurrentDictionary<string, T>(Ordinal)", _ => new ConcurrentDictionary<string, (long, object)>(StringComparer.Ordinal));
        Measure(output, "empty PermissionCache(capacity: 4096)", _ => new PermissionCache(capacity: 4_096));
        Measure(output, "UserState, 2 memberships (fresh strings)", i => NewUserState(i));
        Measure(output, "UserPermissionSnapshot, 2 direct roles", i => NewSnapshot(i));

        // PermissionDependencies: one entry per (organization of a chain the user asked about, user) in a
        // node-wide dictionary of ConcurrentDictionary<Action, byte>; the user's own _dependencies mirrors the keys.
        var keys = (int)Math.Round(dependenciesPerUser);
        Measure(output, $"{keys} watch entries + {keys} _dependencies keys", i => NewWatches(i, keys));
    }

    private static UserState NewUserState(int i) => new()
    {
        Exists = true,
        Id = $"u-{i:D7}",
        Email = $"user{i}@bench.example",
        DisplayName = $"User {i}",
        PersonalOrganizationId = $"p-{i:D7}",
        Memberships = new()
        {
            [$"o-{i % 10_000:D6}"] = new($"o-{i % 10_000:D6}", "o-000000", new string(BuiltInRoles.Developer), 1, null),
            [$"p-{i:D7}"] = new($"p-{i:D7}", $"p-{i:D7}", new string(BuiltInRoles.Owner), 1, null),
        },
    };

    private static UserPermissionSnapshot NewSnapshot(int i) => new(
        $"u-{i:D7}",
        isActive: true,
        [KeyValuePair.Create($"o-{i % 10_000:D6}", BuiltInRoles.Developer), KeyValuePair.Create($"p-{i:D7}", BuiltInRoles.Owner)],
        []);

    private static readonly ConcurrentDictionary<string, ConcurrentDictionary<Action, byte>> ByKey = new(StringComparer.Ordinal);

    private static object NewWatches(int i, int keys)
    {
        var dependencies = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
        Action invalidate = () => GC.KeepAlive(dependencies);
        for (var k = 0; k < keys; k++)
        {
            var key = $"o-{k:D6}";
            dependencies.TryAdd(key, 0);
            ByKey.GetOrAdd(key, _ => new ConcurrentDictionary<Action, byte>()).TryAdd(invalidate, 0);
        }

        return dependencies;
    }

    private static void Measure(TextWriter output, string name, Func<int, object> create)
    {
        var before = MemorySnapshot.Take();
        var kept = new object[Count];
        for (var i = 0; i < Count; i++)
        {
            kept[i] = create(i);
        }

        var grown = MemorySnapshot.Take() - before;
        GC.KeepAlive(kept);
        output.WriteLine($"  {name,-50} {(grown.ManagedBytes - (Count * IntPtr.Size)) / (double)Count,7:F0} B");
    }
}
