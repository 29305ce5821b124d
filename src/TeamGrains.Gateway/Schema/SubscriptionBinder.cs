using TeamGrains.GraphQL;
using TeamGrains.GraphQL.Execution;
using TeamGrains.GraphQL.Types;
using TeamGrains.Interfaces;
using TeamGrains.Silo.Grains.Invitations;
using TeamGrains.Interfaces.Permissions;
using TeamGrains.Interfaces.Users;

namespace TeamGrains.Gateway.Schema;

/// <summary>
/// The contract's Subscription type, fed by the invitation events of the change feed: every node
/// follows every commit, so a subscriber here sees invitations changed on any node.
/// </summary>
public static class SubscriptionBinder
{
    public static SchemaBuilder BindSubscriptions(this SchemaBuilder builder) => builder
        .Subscribe("Subscription", "invitationReceived", async context =>
        {
            try
            {
                var actor = context.ActorId();
                var request = context.Request();
                var email = request.Caller?.Email ?? (await context.UserAsync(actor).ConfigureAwait(false)).Email;
                return InvitationEventStream.Start(
                    request.InvitationEvents, InvitationEventFilter.ForInvitee(email), request.Caller?.OrganizationScope, null, context.CancellationToken);
            }
            catch (TeamGrainsException e)
            {
                throw new GraphQLException(e.Message, e.Code);
            }
        })
        .Subscribe("Subscription", "invitationChanged", async context =>
        {
            try
            {
                var actor = context.ActorId();
                var organizationId = context.Id("organizationId");
                context.EnsureInScope(organizationId);
                var request = context.Request();
                var user = request.Grains.GetGrain<IUserGrain>(actor);
                if (!await user.CheckPermissionAsync(actor, organizationId, PermissionNames.MembersView).ConfigureAwait(false))
                {
                    throw new GraphQLException($"You need {PermissionNames.MembersView} in this organization.", ErrorCodes.Forbidden);
                }

                return InvitationEventStream.Start(
                    request.InvitationEvents,
                    InvitationEventFilter.ForOrganization(organizationId),
                    null,
                    () => StillAllowedAsync(user, actor, organizationId),
                    context.CancellationToken);
            }
            catch (TeamGrainsException e)
            {
                throw new GraphQLException(e.Message, e.Code);
            }
        })
        // Each event is the root value of its execution: the field's value is the event itself.
        .Field("Subscription", "invitationReceived", c => c.Source)
        .Field("Subscription", "invitationChanged", c => c.Source);

    /// <summary>The permission as of now (answered from memory by the user's grain); false once the user may no longer know the organization.</summary>
    private static async Task<bool> StillAllowedAsync(IUserGrain user, string actor, string organizationId)
    {
        try
        {
            return await user.CheckPermissionAsync(actor, organizationId, PermissionNames.MembersView).ConfigureAwait(false);
        }
        catch (TeamGrainsException e) when (e.Code is not (ErrorCodes.Unavailable or ErrorCodes.Conflict))
        {
            return false;
        }

        // UNAVAILABLE (PostgreSQL restarting while the watcher's grain reloads) propagates: the client gets
        // an error and resubscribes, instead of a "complete" that looks like a lost permission.
    }
}
