using Dapper;
using TeamGrains.Interfaces.Permissions;
using TeamGrains.Silo.Storage;

namespace TeamGrains.Benchmarks.Silo;

/// <summary>
/// Bulk rows in the real schema (the migrations' tables), written in one transaction without grain calls:
/// one organization tree of <see cref="Organizations"/> organizations shaped as a binary heap (organization
/// k's parent is (k-1)/2, so depth = floor(log2(k+1)): 10,000 organizations reach depth 13), an OWNER at the
/// root, and <see cref="Users"/> users; user j is a direct member of tree organization j mod
/// <see cref="Organizations"/> (role alternating DEVELOPER / VIEWER) and, when <see cref="PersonalOrganizations"/>,
/// the OWNER of a personal organization of their own, as sign-up creates it.
/// </summary>
internal sealed record OrganizationTreeSeed(int Organizations, int Users, bool PersonalOrganizations)
{
    public const string RootOwnerId = "u-owner";

    public static string OrganizationId(int index) => $"o-{index:D6}";

    public static string UserId(int index) => $"u-{index:D7}";

    public static string PersonalOrganizationId(int user) => $"p-{user:D7}";

    /// <summary>Depth of tree organization <paramref name="index"/> (the root is 0).</summary>
    public static int Depth(int index) => (int)Math.Log2(index + 1);

    /// <summary>The tree organization user <paramref name="user"/> is a direct member of.</summary>
    public string HomeOrganizationId(int user) => OrganizationId(user % Organizations);

    /// <summary>The role user <paramref name="user"/> holds there.</summary>
    public static string Role(int user) => user % 2 == 0 ? BuiltInRoles.Developer : BuiltInRoles.Viewer;

    /// <summary>Direct memberships written (root owner included).</summary>
    public int Memberships => 1 + (Users * (PersonalOrganizations ? 2 : 1));

    public Task WriteAsync(IStorage storage) => storage.WriteAsync(async (tx, ct) =>
    {
        const long createdAt = 1_767_225_600_000;
        const string insertUser = "INSERT INTO users (id, email, display_name, status, created_at) VALUES (@Id, @Email, @Name, 'ACTIVE', @At)";
        const string insertOrganization =
            "INSERT INTO organizations (id, name, parent_id, root_id, personal_owner_id, created_at) VALUES (@Id, @Name, @ParentId, @RootId, @OwnerId, @At)";
        const string insertMembership =
            "INSERT INTO memberships (organization_id, user_id, role, joined_at, added_by) VALUES (@OrganizationId, @UserId, @Role, @At, NULL)";
        var rootId = OrganizationId(0);

        var users = Enumerable.Range(0, Users).Select(j => new { Id = UserId(j), Email = $"user{j}@bench.example", Name = $"User {j}", At = createdAt })
            .Prepend(new { Id = RootOwnerId, Email = "owner@bench.example", Name = "Owner", At = createdAt });
        await tx.Connection.ExecuteAsync(new CommandDefinition(insertUser, users, tx.Transaction, cancellationToken: ct));

        var tree = Enumerable.Range(0, Organizations).Select(k => new
        {
            Id = OrganizationId(k), Name = $"Organization {k}", ParentId = k == 0 ? null : OrganizationId((k - 1) / 2), RootId = rootId,
            OwnerId = (string?)null, At = createdAt,
        });
        await tx.Connection.ExecuteAsync(new CommandDefinition(insertOrganization, tree, tx.Transaction, cancellationToken: ct));

        var memberships = Enumerable.Range(0, Users).Select(j => new { OrganizationId = HomeOrganizationId(j), UserId = UserId(j), Role = Role(j), At = createdAt })
            .Prepend(new { OrganizationId = rootId, UserId = RootOwnerId, Role = BuiltInRoles.Owner, At = createdAt });
        await tx.Connection.ExecuteAsync(new CommandDefinition(insertMembership, memberships, tx.Transaction, cancellationToken: ct));

        if (PersonalOrganizations)
        {
            var personal = Enumerable.Range(0, Users).Select(j => new
            {
                Id = PersonalOrganizationId(j), Name = $"User {j}'s organization", ParentId = (string?)null, RootId = PersonalOrganizationId(j),
                OwnerId = (string?)UserId(j), At = createdAt,
            });
            await tx.Connection.ExecuteAsync(new CommandDefinition(insertOrganization, personal, tx.Transaction, cancellationToken: ct));
            var owners = Enumerable.Range(0, Users).Select(j => new
            {
                OrganizationId = PersonalOrganizationId(j), UserId = UserId(j), Role = BuiltInRoles.Owner, At = createdAt,
            });
            await tx.Connection.ExecuteAsync(new CommandDefinition(insertMembership, owners, tx.Transaction, cancellationToken: ct));
        }
    });
}
