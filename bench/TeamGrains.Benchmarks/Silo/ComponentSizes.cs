using TeamGrains.Interfaces.Permissions;
using TeamGrains.Interfaces.Runtime;
using TeamGrains.Silo.Grains.Organizations;
using TeamGrains.Silo.Grains.Shared;
using TeamGrains.Silo.Grains.Users;
using TeamGrains.Silo.Runtime;
using TeamGrains.Silo.Storage;

namespace TeamGrains.Benchmarks.Silo;

/// <summary>
/// Retained size of the pieces an activation keeps, built the way the runtime and the state stores build them
/// (which strings are shared, which are read fresh), measured by keeping 10,000 of each alive and dividing the
/// heap growth: where the per-user and per-organization memory goes.
/// </summary>
internal static class ComponentSizes
{
    private const int Count = 10_000;

    public static void Print(TextWriter output)
    {
        // Strings other pieces own (grain keys, organization ids from the organizations' chains), made beforehand.
        var userIds = Enumerable.Range(0, Count).Select(OrganizationTreeSeed.UserId).ToArray();
        var personalIds = Enumerable.Range(0, Count).Select(OrganizationTreeSeed.PersonalOrganizationId).ToArray();
        var treeIds = Enumerable.Range(0, Count).Select(OrganizationTreeSeed.OrganizationId).ToArray();

        output.WriteLine("Retained bytes per instance (10,000 kept alive; ids owned elsewhere not counted unless said):");
        Measure(output, "GrainActivation, turn never contended, with its key", i => new GrainActivation(new GrainId("user", $"u-{i:D7}"), null!, null!));
        Measure(output, "UserState, 2 memberships (as UserStateStore)", i => NewUserState(i, userIds, personalIds));
        Measure(output, "UserPermissionSnapshot, 2 built-in direct roles", i => new UserPermissionSnapshot(
            userIds[i], isActive: true, [KeyValuePair.Create(treeIds[i], BuiltInRoles.Developer), KeyValuePair.Create(personalIds[i], BuiltInRoles.Owner)], []));
        Measure(output, "OrganizationState, personal (as OrganizationStateStore)", i => NewPersonalOrganization(i, personalIds, userIds));

        // A user's watches: every organization of its home organization's chain (shared with the users of the
        // same tree) and its personal organization (its own), in the node-wide PermissionDependencies.
        using var dependencies = new PermissionDependencies(new SilentChangeFeed());
        // One delegate per user, as each user grain has its own (made beforehand: the grain owns it).
        var invalidations = Enumerable.Range(0, Count).Select(i => (Action)(() => GC.KeepAlive(i))).ToArray();
        Measure(output, "watches of one user (home chain + personal)", i =>
        {
            for (var k = i; ; k = (k - 1) / 2)
            {
                dependencies.Watch(treeIds[k], invalidations[i]);
                if (k == 0)
                {
                    break;
                }
            }

            dependencies.Watch(personalIds[i], invalidations[i]);
            return invalidations[i];
        });
        GC.KeepAlive(invalidations);
    }

    private static UserState NewUserState(int i, string[] userIds, string[] personalIds)
    {
        // Read fresh per row: email, display name, the tree organization's id and root; the personal
        // organization's id appears once (the store shares it), role names are the built-in instances.
        var home = $"o-{i % 10_000:D6}";
        return new UserState
        {
            Exists = true,
            Id = userIds[i],
            Email = $"user{i}@bench.example",
            DisplayName = $"User {i}",
            PersonalOrganizationId = personalIds[i],
            Memberships = new CompactStringMap<UserMembership>(
                [new(home, "o-000000", BuiltInRoles.Developer, 1, null), new(personalIds[i], personalIds[i], BuiltInRoles.Owner, 1, null)],
                m => m.OrganizationId),
        };
    }

    private static OrganizationState NewPersonalOrganization(int i, string[] personalIds, string[] userIds)
    {
        // The grain key stands for the id, root and chain; the owner's id is read fresh once and shared with its membership.
        var owner = new string(userIds[i]);
        return new OrganizationState
        {
            Exists = true,
            Id = personalIds[i],
            Name = $"User {i}'s organization",
            RootId = personalIds[i],
            PersonalOwnerId = owner,
            Chain = [personalIds[i]],
            Members = new CompactStringMap<DirectMember>([new DirectMember(owner, BuiltInRoles.Owner, 1, null)], m => m.UserId),
        };
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
        output.WriteLine($"  {name,-58} {(grown.ManagedBytes - (Count * IntPtr.Size)) / (double)Count,7:F0} B");
    }
}
