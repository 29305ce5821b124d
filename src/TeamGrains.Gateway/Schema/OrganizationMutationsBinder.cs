using TeamGrains.Gateway.Execution;
using TeamGrains.GraphQL;
using TeamGrains.GraphQL.Types;
using TeamGrains.Interfaces;
using TeamGrains.Interfaces.Organizations;
using TeamGrains.Interfaces.Users;

namespace TeamGrains.Gateway.Schema;

/// <summary>Mutations of the contract on sign-up, organizations and roles.</summary>
public static class OrganizationMutationsBinder
{
    public static SchemaBuilder BindOrganizationMutations(this SchemaBuilder builder) => builder
        .Field("Mutation", "signUp", async context =>
        {
            var request = context.Request();
            if (!request.DevelopmentTokens.Enabled)
            {
                throw new GraphQLException("Development sign-up is not enabled on this gateway; sign in with your identity provider.", ErrorCodes.Forbidden);
            }

            var input = context.Input();
            var user = await request.Grains.GetGrain<IUserDirectoryGrain>(EmailAddress.Normalize(input.Required("email")))
                .SignUpAsync(input.String("displayName"), context.RequestId()).ConfigureAwait(false);
            request.SignedUp(new GatewayCaller(user.Id, user.Email, CredentialKind.DevelopmentToken, "user:" + user.Id, null));
            return new AuthPayload(request.DevelopmentTokens.Issue(user.Id, user.Email), user);
        })
        .Field("Mutation", "createOrganization", context =>
        {
            var actor = context.ActorId();
            var input = context.Input();
            var parentId = input.String("parentId");
            if (context.Request().Caller?.OrganizationScope is not null && parentId is null)
            {
                throw new GraphQLException("An API key acts in its organization only; it cannot create root organizations.", ErrorCodes.Forbidden);
            }

            context.EnsureInScope(parentId);
            return context.Request().Grains.GetGrain<IOrganizationGrain>(Ids.New())
                .CreateAsync(actor, input.Required("name"), parentId, context.RequestId());
        })
        .Field("Mutation", "updateOrganization", context =>
        {
            var actor = context.ActorId();
            var input = context.Input();
            var id = input.Required("id");
            context.EnsureInScope(id);
            // seatLimit absent: unchanged; seatLimit: null: no limit any more (GraphQL tells the two apart).
            var clearSeatLimit = input.Has("seatLimit") && input.Int("seatLimit") is null;
            var update = new OrganizationUpdate(
                input.String("name"), input.Int("seatLimit"), input.Strings("allowedEmailDomains"), input.Bool("ssoEnabled"), clearSeatLimit);
            return context.Request().Grains.GetGrain<IOrganizationGrain>(id).UpdateAsync(actor, update, context.RequestId());
        })
        .Field("Mutation", "moveOrganization", context =>
        {
            var actor = context.ActorId();
            var input = context.Input();
            var id = input.Required("id");
            context.EnsureInScope(id);
            return context.Request().Grains.GetGrain<IOrganizationGrain>(id).MoveAsync(actor, input.Required("newParentId"), context.RequestId());
        })
        .Field("Mutation", "deleteOrganization", async context =>
        {
            var actor = context.ActorId();
            var id = context.Id("id");
            context.EnsureInScope(id);
            await context.Request().Grains.GetGrain<IOrganizationGrain>(id).DeleteAsync(actor, context.RequestId()).ConfigureAwait(false);
            return id;
        })
        .Field("Mutation", "defineRole", context =>
        {
            var actor = context.ActorId();
            var input = context.Input();
            var organizationId = input.Required("organizationId");
            context.EnsureInScope(organizationId);
            return context.Request().Grains.GetGrain<IOrganizationGrain>(organizationId)
                .DefineRoleAsync(actor, input.Required("name"), input.Strings("permissions") ?? [], context.RequestId());
        })
        .Field("Mutation", "deleteRole", async context =>
        {
            var actor = context.ActorId();
            var organizationId = context.Id("organizationId");
            var name = context.String("name")!;
            context.EnsureInScope(organizationId);
            await context.Request().Grains.GetGrain<IOrganizationGrain>(organizationId).DeleteRoleAsync(actor, name, context.RequestId()).ConfigureAwait(false);
            return name;
        });
}
