using Dapper;
using TeamGrains.Interfaces.Invitations;
using TeamGrains.Interfaces.Paging;
using TeamGrains.Interfaces.Permissions;
using TeamGrains.Interfaces.Runtime;
using TeamGrains.Interfaces.Users;
using TeamGrains.Silo.Grains.Shared;
using TeamGrains.Silo.Storage;

namespace TeamGrains.Silo.Grains.Invitations;

/// <summary>
/// Lists of invitations that span grains, read from the tables with the lazy expiry applied: a PENDING
/// invitation past its expiry reads as EXPIRED, whether or not the sweep has recorded it yet.
/// </summary>
public sealed class InvitationQueries
{
    private readonly IStorage _storage;
    private readonly IGrainFactory _grains;
    private readonly TimeProvider _time;

    public InvitationQueries(IStorage storage, IGrainFactory grains, TimeProvider time)
    {
        _storage = storage;
        _grains = grains;
        _time = time;
    }

    /// <summary>
    /// The PENDING invitations addressed to the acting user's email, oldest first (User.pendingInvitations;
    /// only the user themselves sees these). A user who signs up with an invited email sees them at once.
    /// </summary>
    public async Task<IReadOnlyList<InvitationDto>> GetPendingForUserAsync(string actorUserId, CancellationToken cancellationToken = default)
    {
        var user = await _grains.GetGrain<IUserGrain>(actorUserId).FindAsync().ConfigureAwait(false);
        return user is null ? [] : await GetPendingForEmailAsync(user.Email, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The PENDING invitations addressed to an email (normalised here), oldest first; no authorization.</summary>
    public async Task<IReadOnlyList<InvitationDto>> GetPendingForEmailAsync(string email, CancellationToken cancellationToken = default)
    {
        var normalised = EmailAddress.Normalize(email);
        var now = _time.GetUtcNow();
        return await _storage.ReadAsync(async (tx, ct) =>
        {
            var rows = (await tx.Connection.QueryAsync<InvitationRow>(new CommandDefinition(
                InvitationRows.SelectColumns + " WHERE email = @email AND status = 'PENDING' AND expires_at > @now ORDER BY created_at, id",
                new { email = normalised, now = now.ToUnixTimeMilliseconds() },
                tx.Transaction,
                cancellationToken: ct)).ConfigureAwait(false)).ToList();
            await InvitationRows.LoadTeamsAsync(tx, rows, ct).ConfigureAwait(false);
            return (IReadOnlyList<InvitationDto>)rows.ConvertAll(r => r.ToDto());
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The invitations of an organization, newest first, optionally of one status (Organization.invitations);
    /// needs members:view there (NOT_FOUND for non-members, FORBIDDEN otherwise).
    /// </summary>
    public async Task<Page<InvitationDto>> GetForOrganizationAsync(
        string actorUserId, string organizationId, InvitationStatus? status, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(page);
        await ActorAccess.RequireAsync(_grains, actorUserId, organizationId, PermissionNames.MembersView).ConfigureAwait(false);
        var (offset, size) = (page.Offset, page.Size);
        var now = _time.GetUtcNow();
        var filter = " WHERE organization_id = @organizationId" + StatusFilter(status);
        var parameters = new { organizationId, now = now.ToUnixTimeMilliseconds(), offset, size };
        return await _storage.ReadAsync(async (tx, ct) =>
        {
            var total = await tx.Connection.ExecuteScalarAsync<long>(new CommandDefinition(
                "SELECT COUNT(*) FROM invitations" + filter, parameters, tx.Transaction, cancellationToken: ct)).ConfigureAwait(false);
            var rows = (await tx.Connection.QueryAsync<InvitationRow>(new CommandDefinition(
                InvitationRows.SelectColumns + filter + " ORDER BY created_at DESC, id LIMIT @size OFFSET @offset",
                parameters,
                tx.Transaction,
                cancellationToken: ct)).ConfigureAwait(false)).ToList();
            await InvitationRows.LoadTeamsAsync(tx, rows, ct).ConfigureAwait(false);
            var items = rows.ConvertAll(r => InvitationStatuses.AsOf(r.ToDto(), now));
            return Page<InvitationDto>.From(items, offset, (int)total);
        }, cancellationToken).ConfigureAwait(false);
    }

    // Lazy expiry in SQL: PENDING means "PENDING and not yet due", EXPIRED includes the due PENDING ones.
    private static string StatusFilter(InvitationStatus? status) => status switch
    {
        null => "",
        InvitationStatus.Pending => " AND status = 'PENDING' AND expires_at > @now",
        InvitationStatus.Expired => " AND (status = 'EXPIRED' OR (status = 'PENDING' AND expires_at <= @now))",
        { } other => $" AND status = '{InvitationStatuses.ToText(other)}'",
    };
}
