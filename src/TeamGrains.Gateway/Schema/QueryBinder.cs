using TeamGrains.GraphQL.Types;
using TeamGrains.Interfaces.Organizations;
using TeamGrains.Interfaces.Permissions;
using TeamGrains.Interfaces.Users;

namespace TeamGrains.Gateway.Schema;

/// <summary>The contract's Query type.</summary>
public static class QueryBinder
{
    public static SchemaBuilder BindQuery(this SchemaBuilder builder) => builder
        .Field("Query", "me", async context =>
            context.Request().Caller is { } caller
                ? await context.Request().Grains.GetGrain<IUserGrain>(caller.UserId).GetAsync(caller.UserId).ConfigureAwait(false)
                : null)
        .Field("Query", "user", context => BindingExtensions.OrNullAsync(
            context.Request().Grains.GetGrain<IUserGrain>(context.Id("id")).GetAsync(context.ActorId())))
        .Field("Query", "organization", async context =>
        {
            var actor = context.ActorId();
            var id = context.Id("id");
            if (context.Request().Caller?.OrganizationScope is { } scope && scope != id)
            {
                return null;
            }

            return await BindingExtensions.OrNullAsync(context.Request().Grains.GetGrain<IOrganizationGrain>(id).GetAsync(actor)).ConfigureAwait(false);
        })
        .Field("Query", "checkPermission", context =>
        {
            var actor = context.ActorId();
            var organizationId = context.Id("organizationId");
            context.EnsureInScope(organizationId);
            return context.Request().Grains.GetGrain<IUserGrain>(context.OptionalId("userId") ?? actor)
                .CheckPermissionAsync(actor, organizationId, context.String("permission")!, context.OptionalId("resourceId"));
        })
        .Field("Query", "effectivePermissions", context =>
        {
            var actor = context.ActorId();
            var organizationId = context.Id("organizationId");
            context.EnsureInScope(organizationId);
            return context.Request().Grains.GetGrain<IUserGrain>(context.OptionalId("userId") ?? actor)
                .GetEffectivePermissionsAsync(actor, organizationId, context.OptionalId("resourceId"));
        })
        .Field("Query", "permissions", context =>
        {
            context.ActorId();
            return PermissionCatalogue.All;
        });
}
