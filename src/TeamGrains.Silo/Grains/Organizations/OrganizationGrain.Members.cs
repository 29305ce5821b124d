using Dapper;
using TeamGrains.Interfaces.Organizations;
using TeamGrains.Interfaces.Paging;
using TeamGrains.Interfaces.Permissions;
using TeamGrains.Interfaces.Users;
using TeamGrains.Silo.Grains.Shared;
using TeamGrains.Silo.Grains.Users;
using TeamGrains.Silo.Permissions;
using TeamGrains.Silo.Storage;

namespace TeamGrains.Silo.Grains.Organizations;

internal sealed partial class OrganizationGrain
{
    public async Task<Page<MembershipDto>> GetMembersAsync(string actorUserId, PageRequest page, string? search = null)
    {
        RequireExists();
        await ActorAccess.RequireAsync(GrainFactory, actorUserId, State.Id, PermissionNames.MembersView);
        return await _storage.ReadAsync((tx, ct) => OrganizationQueries.MembersAsync(tx, State.Chain, page, search, ct));
    }

    public async Task<MembershipDto> AddMemberAsync(string actorUserId, string userId, string role, string? requestId = null)
    {
        RequireExists();
        var actor = await ActorAccess.RequireMemberAsync(GrainFactory, actorUserId, State.Id);
        var granted = (await RolesAsync()).Get(role);
        RoleAssignmentRules.CheckGrant(actor, granted).ThrowIfDenied();
        var user = await GrainFactory.GetGrain<IUserGrain>(userId).FindAsync() ?? throw Errors.NotFound("User");
        if (State.Members.ContainsKey(userId))
        {
            throw Errors.AlreadyMember();
        }

        var joinedAt = 0L;
        await WriteStateAsync("organization.member-added", async (tx, ct) =>
            joinedAt = await MembershipWrites.AddAsync(
                tx, new NewMembership(State.Id, State.RootId, userId, granted.Name, actorUserId, [], "member.added", requestId), ct),
            () => State.Members[userId] = new DirectMember(userId, granted.Name, joinedAt, actorUserId));
        return new MembershipDto(State.Id, user, granted.Name, MembershipSource.Direct, null, UnixTime.ToDateTime(joinedAt), actorUserId);
    }

    public async Task<MembershipDto> ChangeMemberRoleAsync(string actorUserId, string userId, string role, string? requestId = null)
    {
        RequireExists();
        var actor = await ActorAccess.RequireMemberAsync(GrainFactory, actorUserId, State.Id);
        var granted = (await RolesAsync()).Get(role);
        var member = State.Members.GetValueOrDefault(userId) ?? throw Errors.NotFound("Membership");
        RoleAssignmentRules.CheckRoleChange(actor, member.Role, granted).ThrowIfDenied();
        if (userId == State.PersonalOwnerId && !BuiltInRoles.IsOwner(granted.Name))
        {
            throw Errors.BadInput("A user stays OWNER of their personal organization.");
        }

        var user = await GrainFactory.GetGrain<IUserGrain>(userId).FindAsync() ?? throw Errors.NotFound("User");
        if (member.Role != granted.Name)
        {
            var changed = member with { Role = granted.Name };

            // Only demoting an OWNER can break an invariant (an active OWNER remains): that needs the tree
            // lock and a count that sees the new role. Any other role change touches one membership row
            // (its row lock orders it with the row's removal) and is queued with the commit: one round trip.
            // This grain writes its memberships' roles, and every other write of its rows names it, so at
            // this version the row exists; the row count is checked anyway, after the version check.
            var demotesOwner = BuiltInRoles.IsOwner(member.Role) && !BuiltInRoles.IsOwner(granted.Name);
            await WriteStateAsync("organization.member-role-changed", async (tx, ct) =>
            {
                if (demotesOwner)
                {
                    await TreeLocks.LockTreeAsync(tx, State.RootId, ct);
                }

                await CustomRoleLocks.LockAsync(tx, State.Id, granted.Name, ct);
                const string Update = "UPDATE memberships SET role = @role WHERE organization_id = @id AND user_id = @userId";
                if (demotesOwner)
                {
                    var updated = await tx.Connection.ExecuteAsync(new CommandDefinition(
                        Update, new { role = granted.Name, id = State.Id, userId }, tx.Transaction, cancellationToken: ct));
                    if (updated == 0)
                    {
                        throw Errors.NotFound("Membership");
                    }

                    if (State.IsRoot)
                    {
                        await OwnerRules.EnsureOwnerRemainsAsync(tx, State.Id, ct);
                    }
                }
                else
                {
                    tx.Defer(new Statement(Update, [new("@role", granted.Name), new("@id", State.Id), new("@userId", userId)])
                    {
                        ExpectedRows = 1,
                        Unexpected = () => Errors.NotFound("Membership"),
                    });
                }

                // The member's warm user grain on this node takes the new role in memory (no reload).
                var organizationId = State.Id;
                tx.AddChange(DomainGrainIds.User(userId), "user.role-changed", grain => ((UserGrain)grain).AbsorbRoleChange(organizationId, granted.Name));
                await AuditLog.AppendAsync(tx, State.Id, actorUserId, "member.role-changed", userId,
                    new { role = member.Role }, new { role = granted.Name }, requestId, ct);
            }, () => State.Members[userId] = changed);
            member = changed;
        }

        return new MembershipDto(State.Id, user, member.Role, MembershipSource.Direct, null, UnixTime.ToDateTime(member.JoinedAt), member.AddedBy);
    }

    public async Task RemoveMemberAsync(string actorUserId, string userId, string? requestId = null)
    {
        RequireExists();
        var actor = await ActorAccess.RequireMemberAsync(GrainFactory, actorUserId, State.Id);
        var member = State.Members.GetValueOrDefault(userId) ?? throw Errors.NotFound("Membership");
        RoleAssignmentRules.CheckMemberRemoval(actor, member.Role).ThrowIfDenied();
        await RemoveAsync(actorUserId, userId, "member.removed", requestId);
    }

    public async Task LeaveAsync(string actorUserId, string? requestId = null)
    {
        RequireExists();
        if (!State.Members.ContainsKey(actorUserId))
        {
            // An inherited member leaves at the organization that holds their membership.
            await ActorAccess.RequireMemberAsync(GrainFactory, actorUserId, State.Id);
            throw Errors.NotFound("Membership");
        }

        await RemoveAsync(actorUserId, actorUserId, "member.left", requestId);
    }

    private async Task RemoveAsync(string actorUserId, string userId, string action, string? requestId)
    {
        if (userId == State.PersonalOwnerId)
        {
            throw Errors.BadInput("Nobody can leave their personal organization.");
        }

        await WriteStateAsync("organization.member-removed", async (tx, ct) =>
        {
            if (!await MembershipWrites.RemoveAsync(tx, State.Id, State.RootId, userId, actorUserId, action, requestId, ct))
            {
                throw Errors.NotFound("Membership");
            }
        }, () => State.Members.Remove(userId));
    }
}
