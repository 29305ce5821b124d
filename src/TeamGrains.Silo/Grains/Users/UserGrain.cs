using Dapper;
using TeamGrains.Interfaces.Organizations;
using TeamGrains.Interfaces.Paging;
using TeamGrains.Interfaces.Permissions;
using TeamGrains.Interfaces.Users;
using TeamGrains.Silo.Grains.Shared;
using TeamGrains.Silo.Runtime;
using TeamGrains.Silo.Storage;

namespace TeamGrains.Silo.Grains.Users;

/// <summary>
/// One user: profile and status here; memberships and effective permissions in the partial files.
/// Deactivation decision: only the user's ACTIVE status counts for ownership, so deactivating the only
/// active OWNER of a root is LAST_OWNER, except for the user's personal organization, which goes dormant
/// with them (otherwise no user could ever be deactivated).
/// </summary>
internal sealed partial class UserGrain : Grain<UserState>, IUserGrain
{
    private readonly IStorage _storage;
    private readonly PermissionDependencies _watch;

    public UserGrain(IStorage storage, PermissionDependencies watch)
    {
        _storage = storage;
        _watch = watch;
        _invalidate = Invalidate;
    }

    public async Task<UserDto> GetAsync(string actorUserId)
    {
        var user = RequireExists();
        if (actorUserId != user.Id && !await SharesOrganizationAsync(actorUserId))
        {
            throw Errors.NotFound("User");
        }

        return user;
    }

    public Task<UserDto?> FindAsync() => Task.FromResult(State.Exists ? ToDto() : null);

    public async Task<UserDto> UpdateProfileAsync(string actorUserId, string? displayName, string? requestId = null)
    {
        RequireExists();
        if (actorUserId != State.Id)
        {
            throw Errors.NotFound("User");
        }

        var name = string.IsNullOrWhiteSpace(displayName) ? null : Names.Require(displayName, "Display name");
        var before = State.DisplayName;
        await WriteStateAsync("user.profile-updated", async (tx, ct) =>
        {
            await tx.Connection.ExecuteAsync(new CommandDefinition(
                "UPDATE users SET display_name = @name WHERE id = @id", new { name, id = State.Id }, tx.Transaction, cancellationToken: ct));
            await AuditLog.AppendAsync(tx, State.PersonalOrganizationId, actorUserId, "user.profile-updated", State.Id,
                new { displayName = before }, new { displayName = name }, requestId, ct);
        }, () => State.DisplayName = name);
        return ToDto();
    }

    public Task<UserDto> DeactivateAsync(string actorUserId, string organizationId, string? requestId = null)
        => SetStatusAsync(actorUserId, organizationId, UserStatus.Deactivated, requestId);

    public Task<UserDto> ActivateAsync(string actorUserId, string organizationId, string? requestId = null)
        => SetStatusAsync(actorUserId, organizationId, UserStatus.Active, requestId);

    private async Task<UserDto> SetStatusAsync(string actorUserId, string organizationId, UserStatus status, string? requestId)
    {
        RequireExists();
        var actorPermissions = await ActorAccess.RequireAsync(GrainFactory, actorUserId, organizationId, PermissionNames.MembersManage);
        var own = await GetAccessAsync(organizationId);
        if (!own.IsMember)
        {
            throw Errors.NotFound("User");
        }

        // Nobody acts on a user who holds more there than they do (an ADMIN cannot lock out an OWNER).
        foreach (var missing in own.Permissions.Except(actorPermissions))
        {
            throw Errors.Forbidden(missing);
        }

        if (State.Status == status)
        {
            return ToDto();
        }

        var ownedRoots = State.Memberships.Values
            .Where(m => m.OrganizationId == m.RootId && m.OrganizationId != State.PersonalOrganizationId && BuiltInRoles.IsOwner(m.Role))
            .Select(m => m.RootId)
            .ToList();
        var text = status == UserStatus.Deactivated ? "DEACTIVATED" : "ACTIVE";
        var action = status == UserStatus.Deactivated ? "user.deactivated" : "user.activated";
        await WriteStateAsync(action, async (tx, ct) =>
        {
            await TreeLocks.LockTreesAsync(tx, ownedRoots, ct);
            await tx.Connection.ExecuteAsync(new CommandDefinition(
                "UPDATE users SET status = @text WHERE id = @id", new { text, id = State.Id }, tx.Transaction, cancellationToken: ct));
            foreach (var rootId in ownedRoots)
            {
                await OwnerRules.EnsureOwnerRemainsAsync(tx, rootId, ct);
            }

            await AuditLog.AppendAsync(tx, organizationId, actorUserId, action, State.Id,
                new { status = State.Status }, new { status }, requestId, ct);
        }, () =>
        {
            State.Status = status;
            RebuildSnapshot();
        });
        return ToDto();
    }

    public async Task<Page<MembershipDto>> GetMembershipsAsync(string actorUserId, PageRequest page)
    {
        var user = RequireExists();
        var visible = new List<UserMembership>();
        foreach (var membership in State.Memberships.Values.OrderBy(m => m.JoinedAt).ThenBy(m => m.OrganizationId, StringComparer.Ordinal))
        {
            if (actorUserId == user.Id
                || (await GrainFactory.GetGrain<IUserGrain>(actorUserId).GetAccessAsync(membership.OrganizationId)).IsMember)
            {
                visible.Add(membership);
            }
        }

        if (actorUserId != user.Id && visible.Count == 0)
        {
            throw Errors.NotFound("User");
        }

        var items = visible.Skip(page.Offset).Take(page.Size)
            .Select(m => new MembershipDto(m.OrganizationId, user, m.Role, MembershipSource.Direct, null, UnixTime.ToDateTime(m.JoinedAt), m.AddedBy))
            .ToList();
        return Page<MembershipDto>.From(items, page.Offset, visible.Count);
    }

    private UserDto RequireExists() => State.Exists ? ToDto() : throw Errors.NotFound("User");

    private UserDto ToDto() => new(
        State.Id, State.Email, State.DisplayName, State.Status, State.PersonalOrganizationId, UnixTime.ToDateTime(State.CreatedAt));
}
