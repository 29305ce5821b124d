using TeamGrains.GraphQL.Execution;
using TeamGrains.GraphQL.Types;
using TeamGrains.Interfaces;
using TeamGrains.Interfaces.Invitations;
using TeamGrains.Interfaces.Organizations;
using TeamGrains.Interfaces.Users;

namespace TeamGrains.Gateway.Schema;

/// <summary>Mutations of the contract on invitations, memberships and user status.</summary>
public static class MembershipMutationsBinder
{
    public static SchemaBuilder BindMembershipMutations(this SchemaBuilder builder) => builder
        .Field("Mutation", "inviteMember", async context =>
        {
            var actor = context.ActorId();
            var input = context.Input();
            var organizationId = input.Required("organizationId");
            context.EnsureInScope(organizationId);
            var request = new InviteMemberRequest(organizationId, input.Required("email"), input.String("role"), input.Strings("teamIds"), input.String("message"));
            var created = await context.Request().Grains.GetGrain<IInvitationGrain>(Ids.New()).CreateAsync(actor, request, context.RequestId()).ConfigureAwait(false);
            return created.Invitation;
        })
        .Field("Mutation", "resendInvitation", async context =>
            (await (await InvitationAsync(context).ConfigureAwait(false)).ResendAsync(context.ActorId(), context.RequestId()).ConfigureAwait(false)).Invitation)
        .Field("Mutation", "revokeInvitation", async context => await (await InvitationAsync(context).ConfigureAwait(false)).RevokeAsync(context.ActorId(), context.RequestId()).ConfigureAwait(false))
        .Field("Mutation", "declineInvitation", async context => await (await InvitationAsync(context).ConfigureAwait(false)).DeclineAsync(context.ActorId(), context.RequestId()).ConfigureAwait(false))
        .Field("Mutation", "acceptInvitation", async context =>
        {
            var invitation = await InvitationAsync(context).ConfigureAwait(false);
            var accepted = await invitation.AcceptAsync(context.ActorId(), context.RequestId()).ConfigureAwait(false);
            var user = await context.UserAsync(accepted.UserId).ConfigureAwait(false);
            return new MembershipDto(accepted.OrganizationId, user, accepted.Role, MembershipSource.Direct, null, accepted.JoinedAt, accepted.Invitation.InvitedByUserId);
        })
        .Field("Mutation", "changeMemberRole", context =>
        {
            var actor = context.ActorId();
            var input = context.Input();
            var organizationId = input.Required("organizationId");
            context.EnsureInScope(organizationId);
            return context.Request().Grains.GetGrain<IOrganizationGrain>(organizationId)
                .ChangeMemberRoleAsync(actor, input.Required("userId"), input.Required("role"), context.RequestId());
        })
        .Field("Mutation", "removeMember", async context =>
        {
            var actor = context.ActorId();
            var organizationId = context.Id("organizationId");
            var userId = context.Id("userId");
            context.EnsureInScope(organizationId);
            await context.Request().Grains.GetGrain<IOrganizationGrain>(organizationId).RemoveMemberAsync(actor, userId, context.RequestId()).ConfigureAwait(false);
            return userId;
        })
        .Field("Mutation", "leaveOrganization", async context =>
        {
            var actor = context.ActorId();
            var organizationId = context.Id("organizationId");
            context.EnsureInScope(organizationId);
            await context.Request().Grains.GetGrain<IOrganizationGrain>(organizationId).LeaveAsync(actor, context.RequestId()).ConfigureAwait(false);
            return organizationId;
        })
        .Field("Mutation", "deactivateUser", context =>
        {
            var actor = context.ActorId();
            var organizationId = context.Id("organizationId");
            context.EnsureInScope(organizationId);
            return context.Request().Grains.GetGrain<IUserGrain>(context.Id("userId")).DeactivateAsync(actor, organizationId, context.RequestId());
        })
        .Field("Mutation", "activateUser", context =>
        {
            var actor = context.ActorId();
            var organizationId = context.Id("organizationId");
            context.EnsureInScope(organizationId);
            return context.Request().Grains.GetGrain<IUserGrain>(context.Id("userId")).ActivateAsync(actor, organizationId, context.RequestId());
        });

    /// <summary>The invitation's grain, after checking that an API key caller stays in its organization.</summary>
    private static async Task<IInvitationGrain> InvitationAsync(IResolverContext context)
    {
        context.ActorId();
        var grain = context.Request().Grains.GetGrain<IInvitationGrain>(context.Id("id"));
        if (context.Request().Caller?.OrganizationScope is not null)
        {
            var invitation = await grain.FindAsync().ConfigureAwait(false) ?? throw Lookups.NotFound("invitation");
            context.EnsureInScope(invitation.OrganizationId);
        }

        return grain;
    }
}
