using TeamGrains.GraphQL;
using TeamGrains.GraphQL.Execution;
using TeamGrains.GraphQL.Types;
using TeamGrains.Interfaces;
using TeamGrains.Interfaces.ApiKeys;
using TeamGrains.Interfaces.Permissions;
using TeamGrains.Interfaces.Resources;
using TeamGrains.Interfaces.Teams;

namespace TeamGrains.Gateway.Schema;

/// <summary>Mutations of the contract on teams, resources and API keys.</summary>
public static class TeamResourceMutationsBinder
{
    public static SchemaBuilder BindTeamResourceMutations(this SchemaBuilder builder) => builder
        .Field("Mutation", "createTeam", context =>
        {
            var actor = context.ActorId();
            var input = context.Input();
            var organizationId = input.Required("organizationId");
            context.EnsureInScope(organizationId);
            return context.Request().Grains.GetGrain<ITeamGrain>(Ids.New())
                .CreateAsync(actor, organizationId, input.Required("name"), input.String("role"), context.RequestId());
        })
        .Field("Mutation", "updateTeam", async context =>
        {
            var input = context.Input();
            var team = await TeamAsync(context, input.Required("id")).ConfigureAwait(false);
            var clearRole = input.Has("role") && input.String("role") is null;
            return await team.UpdateAsync(context.ActorId(), input.String("name"), input.String("role"), clearRole, context.RequestId()).ConfigureAwait(false);
        })
        .Field("Mutation", "addTeamMember", async context =>
            await (await TeamAsync(context, context.Id("teamId")).ConfigureAwait(false))
                .AddMemberAsync(context.ActorId(), context.Id("userId"), context.RequestId()).ConfigureAwait(false))
        .Field("Mutation", "removeTeamMember", async context =>
            await (await TeamAsync(context, context.Id("teamId")).ConfigureAwait(false))
                .RemoveMemberAsync(context.ActorId(), context.Id("userId"), context.RequestId()).ConfigureAwait(false))
        .Field("Mutation", "deleteTeam", async context =>
        {
            var id = context.Id("id");
            var team = await TeamAsync(context, id).ConfigureAwait(false);
            await team.DeleteAsync(context.ActorId(), context.Bool("removeOrphanedMembers") ?? false, context.RequestId()).ConfigureAwait(false);
            return id;
        })
        .Field("Mutation", "createResource", context =>
        {
            var actor = context.ActorId();
            var input = context.Input();
            var organizationId = input.Required("organizationId");
            context.EnsureInScope(organizationId);
            var visibility = input.String("visibility") == "PRIVATE" ? ResourceVisibility.Private : ResourceVisibility.Organization;
            return context.Request().Grains.GetGrain<IResourceGrain>(Ids.New())
                .CreateAsync(actor, organizationId, input.Required("kind"), input.Required("name"), visibility, context.RequestId());
        })
        .Field("Mutation", "setResourceAccess", async context =>
        {
            var input = context.Input();
            var grain = context.Request().Grains.GetGrain<IResourceGrain>(input.Required("resourceId"));
            if (context.Request().Caller?.OrganizationScope is not null)
            {
                context.EnsureInScope((await grain.FindAsync().ConfigureAwait(false) ?? throw Lookups.NotFound("resource")).OrganizationId);
            }

            return await grain.SetAccessAsync(context.ActorId(), input.String("userId"), input.String("teamId"), ContractEnums.ToAccessLevel(input.Required("level")), context.RequestId()).ConfigureAwait(false);
        })
        .Field("Mutation", "createApiKey", async context =>
        {
            var actor = context.ActorId();
            var input = context.Input();
            var organizationId = input.Required("organizationId");
            context.EnsureInScope(organizationId);
            var request = new CreateApiKeyRequest(organizationId, input.Required("name"), input.DateTime("expiresAt"));
            return await context.Request().Grains.GetGrain<IApiKeyGrain>(Ids.New()).CreateAsync(actor, request, context.RequestId()).ConfigureAwait(false);
        })
        .Field("Mutation", "revokeApiKey", async context =>
        {
            var actor = context.ActorId();
            var grain = context.Request().Grains.GetGrain<IApiKeyGrain>(context.Id("id"));
            if (context.Request().Caller?.OrganizationScope is not null)
            {
                context.EnsureInScope((await grain.GetAsync().ConfigureAwait(false) ?? throw Lookups.NotFound("API key")).OrganizationId);
            }

            return await grain.RevokeAsync(actor, context.RequestId()).ConfigureAwait(false);
        });

    private static async Task<ITeamGrain> TeamAsync(IResolverContext context, string id)
    {
        context.ActorId();
        var grain = context.Request().Grains.GetGrain<ITeamGrain>(id);
        if (context.Request().Caller?.OrganizationScope is not null)
        {
            var team = await grain.FindAsync().ConfigureAwait(false) ?? throw Lookups.NotFound("team");
            context.EnsureInScope(team.OrganizationId);
        }

        return grain;
    }
}
