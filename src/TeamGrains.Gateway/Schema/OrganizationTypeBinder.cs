using TeamGrains.GraphQL.Types;
using TeamGrains.Interfaces.Organizations;
using TeamGrains.Interfaces.Users;
using TeamGrains.Silo.Grains.Invitations;

namespace TeamGrains.Gateway.Schema;

/// <summary>The contract's Organization and OrganizationSettings types.</summary>
public static class OrganizationTypeBinder
{
    public static SchemaBuilder BindOrganization(this SchemaBuilder builder) => builder
        .Field("Organization", "id", c => c.Parent<OrganizationDto>().Id)
        .Field("Organization", "name", c => c.Parent<OrganizationDto>().Name)
        .Field("Organization", "parent", async c =>
        {
            var parentId = c.Parent<OrganizationDto>().ParentId;
            // An API key sees its own organization only, not the tree above it.
            return parentId is null || c.Request().Caller?.OrganizationScope is not null
                ? null
                : await c.OrganizationAsync(parentId).ConfigureAwait(false);
        })
        .Field("Organization", "ancestors", async c =>
            c.Request().Caller?.OrganizationScope is not null
                ? []
                : await Grain(c.Parent<OrganizationDto>(), c).GetAncestorsAsync(c.ActorId()).ConfigureAwait(false))
        .Field("Organization", "children", c => Grain(c.Parent<OrganizationDto>(), c).GetChildrenAsync(c.ActorId(), c.Page()))
        .Field("Organization", "isRoot", c => c.Parent<OrganizationDto>().IsRoot)
        .Field("Organization", "createdAt", c => c.Parent<OrganizationDto>().CreatedAt)
        .Field("Organization", "settings", c => c.Parent<OrganizationDto>().Settings)
        .Field("Organization", "members", c => Grain(c.Parent<OrganizationDto>(), c).GetMembersAsync(c.ActorId(), c.Page(), c.String("search")))
        .Field("Organization", "invitations", c => c.Request().Services.GetRequiredService<InvitationQueries>()
            .GetForOrganizationAsync(c.ActorId(), c.Parent<OrganizationDto>().Id, ContractEnums.ToInvitationStatus(c.String("status")), c.Page()))
        .Field("Organization", "teams", c => Grain(c.Parent<OrganizationDto>(), c).GetTeamsAsync(c.ActorId(), c.Page()))
        .Field("Organization", "roles", c => Grain(c.Parent<OrganizationDto>(), c).GetRolesAsync(c.ActorId()))
        .Field("Organization", "resources", c => Grain(c.Parent<OrganizationDto>(), c).GetResourcesAsync(c.ActorId(), c.Page()))
        .Field("Organization", "auditLog", c => Grain(c.Parent<OrganizationDto>(), c).GetAuditLogAsync(c.ActorId(), c.Page()))
        .Field("Organization", "myPermissions", async c =>
        {
            var actor = c.ActorId();
            var permissions = await c.Request().Grains.GetGrain<IUserGrain>(actor)
                .GetEffectivePermissionsAsync(actor, c.Parent<OrganizationDto>().Id).ConfigureAwait(false);
            return permissions.Permissions;
        })
        .Field("OrganizationSettings", "seatLimit", c => c.Parent<OrganizationSettingsDto>().SeatLimit)
        .Field("OrganizationSettings", "seatsUsed", c => c.Parent<OrganizationSettingsDto>().SeatsUsed)
        .Field("OrganizationSettings", "allowedEmailDomains", c => c.Parent<OrganizationSettingsDto>().AllowedEmailDomains)
        .Field("OrganizationSettings", "ssoEnabled", c => c.Parent<OrganizationSettingsDto>().SsoEnabled);

    private static IOrganizationGrain Grain(OrganizationDto organization, GraphQL.Execution.IResolverContext context) =>
        context.Request().Grains.GetGrain<IOrganizationGrain>(organization.Id);
}
