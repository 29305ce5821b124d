using TeamGrains.GraphQL.Types;
using TeamGrains.Interfaces.Audit;
using TeamGrains.Interfaces.Organizations;
using TeamGrains.Interfaces.Permissions;
using TeamGrains.Interfaces.Users;

namespace TeamGrains.Gateway.Schema;

/// <summary>The contract's Role, EffectivePermissions, PermissionGrant, PermissionInfo and AuditEntry types.</summary>
public static class PermissionTypeBinder
{
    public static SchemaBuilder BindPermissionsAndAudit(this SchemaBuilder builder) => builder
        .Field("Role", "name", c => c.Parent<RoleDto>().Name)
        .Field("Role", "builtIn", c => c.Parent<RoleDto>().BuiltIn)
        .Field("Role", "permissions", c => c.Parent<RoleDto>().Permissions)
        .Field("EffectivePermissions", "organization", c => c.OrganizationAsync(c.Parent<EffectivePermissionsDto>().OrganizationId))
        .Field("EffectivePermissions", "user", c => c.UserAsync(c.Parent<EffectivePermissionsDto>().UserId))
        .Field("EffectivePermissions", "resource", c => c.OptionalResourceAsync(c.Parent<EffectivePermissionsDto>().ResourceId))
        .Field("EffectivePermissions", "permissions", c => c.Parent<EffectivePermissionsDto>().Permissions)
        .Field("EffectivePermissions", "grants", c => c.Parent<EffectivePermissionsDto>().Grants)
        .Field("PermissionGrant", "permission", c => c.Parent<PermissionGrantDto>().Permission)
        .Field("PermissionGrant", "role", c => c.Parent<PermissionGrantDto>().Role)
        .Field("PermissionGrant", "source", c => ContractEnums.Name(c.Parent<PermissionGrantDto>().Source))
        .Field("PermissionGrant", "organization", c => c.OptionalOrganizationAsync(c.Parent<PermissionGrantDto>().OrganizationId))
        .Field("PermissionGrant", "team", c => c.OptionalTeamAsync(c.Parent<PermissionGrantDto>().TeamId))
        .Field("PermissionGrant", "resource", c => c.OptionalResourceAsync(c.Parent<PermissionGrantDto>().ResourceId))
        .Field("PermissionInfo", "name", c => c.Parent<PermissionDefinition>().Name)
        .Field("PermissionInfo", "description", c => c.Parent<PermissionDefinition>().Description)
        .Field("PermissionInfo", "lowestBuiltInRole", c => c.Parent<PermissionDefinition>().LowestBuiltInRole)
        .Field("AuditEntry", "id", c => c.Parent<AuditEntryDto>().Id)
        .Field("AuditEntry", "at", c => c.Parent<AuditEntryDto>().At)
        .Field("AuditEntry", "actor", async c => c.Parent<AuditEntryDto>().ActorId is { } actorId
            ? await BindingExtensions.OrNullAsync(c.UserAsync(actorId)).ConfigureAwait(false)
            : null)
        .Field("AuditEntry", "action", c => c.Parent<AuditEntryDto>().Action)
        .Field("AuditEntry", "targetId", c => c.Parent<AuditEntryDto>().TargetId)
        .Field("AuditEntry", "details", c => c.Parent<AuditEntryDto>().Details);
}
