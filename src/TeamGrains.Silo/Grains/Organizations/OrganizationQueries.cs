using System.Globalization;
using System.Text;
using Dapper;
using TeamGrains.Interfaces.Audit;
using TeamGrains.Interfaces.Organizations;
using TeamGrains.Interfaces.Paging;
using TeamGrains.Interfaces.Permissions;
using TeamGrains.Interfaces.Resources;
using TeamGrains.Interfaces.Teams;
using TeamGrains.Silo.Grains.Shared;
using TeamGrains.Silo.Storage;

namespace TeamGrains.Silo.Grains.Organizations;

/// <summary>The organization's read-only lists, read from committed rows (paged with LIMIT/OFFSET, stable orders).</summary>
internal static class OrganizationQueries
{
    public static async Task<OrganizationSettingsDto> SettingsAsync(IStorageTransaction tx, string rootId, CancellationToken cancellationToken)
    {
        var row = await tx.Connection.QuerySingleAsync<(long?, long)>(new CommandDefinition(
            "SELECT seat_limit, sso_enabled FROM organizations WHERE id = @rootId", new { rootId }, tx.Transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var domains = await tx.Connection.QueryAsync<string>(new CommandDefinition(
            "SELECT domain FROM organization_email_domains WHERE organization_id = @rootId ORDER BY domain",
            new { rootId }, tx.Transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var used = await SeatCounter.CountAsync(tx, rootId, cancellationToken).ConfigureAwait(false);
        return new OrganizationSettingsDto(row.Item1 is { } limit ? (int)limit : null, used, [.. domains], row.Item2 != 0);
    }

    /// <summary>The organizations of these ids (one tree), in the order given.</summary>
    public static async Task<IReadOnlyList<OrganizationDto>> OrganizationsAsync(
        IStorageTransaction tx, IReadOnlyList<string> ids, string rootId, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var rows = (await tx.Connection.QueryAsync<OrganizationRow>(new CommandDefinition(
            OrganizationRow.SelectSql + " WHERE " + SqlLists.In(tx.Dialect, "o.id", "ids"), new { ids }, tx.Transaction, cancellationToken: cancellationToken)).ConfigureAwait(false))
            .ToDictionary(r => r.Id, StringComparer.Ordinal);
        var settings = await SettingsAsync(tx, rootId, cancellationToken).ConfigureAwait(false);
        return [.. ids.Where(rows.ContainsKey).Select(id => ToDto(rows[id], settings))];
    }

    public static async Task<Page<OrganizationDto>> ChildrenAsync(
        IStorageTransaction tx, string id, string rootId, PageRequest page, CancellationToken cancellationToken)
    {
        var total = await CountAsync(tx, "SELECT COUNT(*) FROM organizations WHERE parent_id = @id", new { id }, cancellationToken).ConfigureAwait(false);
        var rows = await tx.Connection.QueryAsync<OrganizationRow>(new CommandDefinition(
            OrganizationRow.SelectSql + " WHERE o.parent_id = @id ORDER BY o.created_at, o.id LIMIT @size OFFSET @offset",
            new { id, size = page.Size, offset = page.Offset }, tx.Transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var settings = await SettingsAsync(tx, rootId, cancellationToken).ConfigureAwait(false);
        return Page<OrganizationDto>.From([.. rows.Select(r => ToDto(r, settings))], page.Offset, total);
    }

    /// <summary>
    /// Direct members of the organization and members of its ancestors, one row per user: DIRECT when the
    /// user is a direct member here, else INHERITED from the nearest ancestor. Ordered by email (ordinal).
    /// Without a search term the database de-duplicates, orders and pages; with one, the chain's members are
    /// filtered here, because the match is case-insensitive over Unicode (.NET OrdinalIgnoreCase) and
    /// SQLite's lower()/LIKE fold ASCII only (PostgreSQL's depend on the database's locale).
    /// </summary>
    public static Task<Page<MembershipDto>> MembersAsync(
        IStorageTransaction tx, IReadOnlyList<string> chain, PageRequest page, string? search, CancellationToken cancellationToken)
    {
        var term = search?.Trim();
        return string.IsNullOrEmpty(term)
            ? MembersPagedAsync(tx, chain, page, cancellationToken)
            : MembersMatchingAsync(tx, chain, page, term, cancellationToken);
    }

    private static async Task<Page<MembershipDto>> MembersPagedAsync(
        IStorageTransaction tx, IReadOnlyList<string> chain, PageRequest page, CancellationToken cancellationToken)
    {
        var inChain = SqlLists.In(tx.Dialect, "organization_id", "chain");
        var total = await CountAsync(tx, $"SELECT COUNT(DISTINCT user_id) FROM memberships WHERE {inChain}", new { chain }, cancellationToken).ConfigureAwait(false);

        // Nearness: 0 for the organization itself, 1 for its parent, ...; each user's nearest membership wins.
        var args = new DynamicParameters(new { chain, size = page.Size, offset = page.Offset });
        var nearness = new StringBuilder("CASE organization_id");
        for (var i = 0; i < chain.Count; i++)
        {
            args.Add("d" + i.ToString(CultureInfo.InvariantCulture), chain[i]);
            nearness.Append(CultureInfo.InvariantCulture, $" WHEN @d{i} THEN {i}");
        }

        // Ordinal order: PostgreSQL's default collation is the locale's, SQLite's is already binary.
        var email = tx.Dialect == StorageDialect.PostgreSql ? "u.email COLLATE \"C\"" : "u.email";
        var sql = $"""
            WITH nearest AS (
                SELECT organization_id, role, joined_at, added_by, user_id,
                       ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY {nearness} END) AS nearness
                  FROM memberships WHERE {inChain})
            {MemberRow.Columns}
              FROM nearest m
            {MemberRow.Joins}
             WHERE m.nearness = 1
             ORDER BY {email}, u.id
             LIMIT @size OFFSET @offset
            """;
        var rows = await tx.Connection.QueryAsync<MemberRow>(new CommandDefinition(sql, args, tx.Transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return Page<MembershipDto>.From([.. rows.Select(r => r.ToDto(chain[0]))], page.Offset, total);
    }

    private static async Task<Page<MembershipDto>> MembersMatchingAsync(
        IStorageTransaction tx, IReadOnlyList<string> chain, PageRequest page, string term, CancellationToken cancellationToken)
    {
        var rows = await tx.Connection.QueryAsync<MemberRow>(new CommandDefinition(
            MemberRow.SelectSql + " WHERE " + SqlLists.In(tx.Dialect, "m.organization_id", "chain"), new { chain }, tx.Transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var depth = chain.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
        var members = rows
            .GroupBy(r => r.Id, StringComparer.Ordinal)
            .Select(g => g.MinBy(r => depth[r.OrganizationId])!)
            .Where(r => r.Email.Contains(term, StringComparison.OrdinalIgnoreCase)
                || (r.DisplayName?.Contains(term, StringComparison.OrdinalIgnoreCase) ?? false))
            .OrderBy(r => r.Email, StringComparer.Ordinal)
            .ToList();
        var items = members.Skip(page.Offset).Take(page.Size).Select(r => r.ToDto(chain[0])).ToList();
        return Page<MembershipDto>.From(items, page.Offset, members.Count);
    }

    public static async Task<Page<TeamDto>> TeamsAsync(IStorageTransaction tx, string id, PageRequest page, CancellationToken cancellationToken)
    {
        var total = await CountAsync(tx, "SELECT COUNT(*) FROM teams WHERE organization_id = @id", new { id }, cancellationToken).ConfigureAwait(false);
        var rows = await tx.Connection.QueryAsync<(string, string, string, string?, long)>(new CommandDefinition(
            "SELECT id, organization_id, name, role, created_at FROM teams WHERE organization_id = @id ORDER BY created_at, id LIMIT @size OFFSET @offset",
            new { id, size = page.Size, offset = page.Offset }, tx.Transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return Page<TeamDto>.From([.. rows.Select(r => new TeamDto(r.Item1, r.Item2, r.Item3, r.Item4, UnixTime.ToDateTime(r.Item5)))], page.Offset, total);
    }

    public static async Task<Page<ResourceDto>> ResourcesAsync(IStorageTransaction tx, string id, PageRequest page, CancellationToken cancellationToken)
    {
        var total = await CountAsync(tx, "SELECT COUNT(*) FROM resources WHERE organization_id = @id", new { id }, cancellationToken).ConfigureAwait(false);
        var rows = await tx.Connection.QueryAsync<(string, string, string, string, string, long)>(new CommandDefinition(
            "SELECT id, organization_id, kind, name, visibility, created_at FROM resources WHERE organization_id = @id ORDER BY created_at, id LIMIT @size OFFSET @offset",
            new { id, size = page.Size, offset = page.Offset }, tx.Transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return Page<ResourceDto>.From(
            [.. rows.Select(r => new ResourceDto(r.Item1, r.Item2, r.Item3, r.Item4, ParseVisibility(r.Item5), UnixTime.ToDateTime(r.Item6)))], page.Offset, total);
    }

    /// <summary>Newest first.</summary>
    public static async Task<Page<AuditEntryDto>> AuditLogAsync(IStorageTransaction tx, string id, PageRequest page, CancellationToken cancellationToken)
    {
        var total = await CountAsync(tx, "SELECT COUNT(*) FROM audit_log WHERE organization_id = @id", new { id }, cancellationToken).ConfigureAwait(false);
        var rows = await tx.Connection.QueryAsync<(long, string, long, string?, string, string?, string?, string?)>(new CommandDefinition(
            """
            SELECT id, organization_id, at, actor_id, action, target_id, details, request_id
              FROM audit_log WHERE organization_id = @id ORDER BY id DESC LIMIT @size OFFSET @offset
            """,
            new { id, size = page.Size, offset = page.Offset }, tx.Transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return Page<AuditEntryDto>.From(
            [.. rows.Select(r => new AuditEntryDto(
                r.Item1.ToString(System.Globalization.CultureInfo.InvariantCulture), r.Item2, UnixTime.ToDateTime(r.Item3), r.Item4, r.Item5, r.Item6, r.Item7, r.Item8))],
            page.Offset,
            total);
    }

    public static ResourceVisibility ParseVisibility(string stored) =>
        stored == "PRIVATE" ? ResourceVisibility.Private : ResourceVisibility.Organization;

    private static OrganizationDto ToDto(OrganizationRow row, OrganizationSettingsDto settings) =>
        new(row.Id, row.Name, row.ParentId, row.RootId, row.PersonalOwnerId, UnixTime.ToDateTime(row.CreatedAt), settings);

    private static async Task<int> CountAsync(IStorageTransaction tx, string sql, object args, CancellationToken cancellationToken) =>
        (int)await tx.Connection.ExecuteScalarAsync<long>(new CommandDefinition(sql, args, tx.Transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
}
