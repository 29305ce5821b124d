namespace TeamGrains.Interfaces.Permissions;

/// <summary>The permission strings of the catalogue, as constants for the code that checks them.</summary>
public static class PermissionNames
{
    public const string MembersView = "members:view";
    public const string UsageView = "usage:view";
    public const string MarketplaceView = "marketplace:view";
    public const string AppsView = "apps:view";
    public const string RunsView = "runs:view";
    public const string ExperimentsView = "experiments:view";
    public const string RunsCreate = "runs:create";
    public const string ExperimentsCreate = "experiments:create";
    public const string InstancesEdit = "instances:edit";
    public const string ApiKeysCreate = "apikeys:create";
    public const string EndpointsView = "endpoints:view";
    public const string AppsCreate = "apps:create";
    public const string AppsPush = "apps:push";
    public const string VersionsCreate = "versions:create";
    public const string CliUse = "cli:use";
    public const string SecretsRead = "secrets:read";
    public const string InstancesLock = "instances:lock";
    public const string MembersManage = "members:manage";
    public const string RolesAssign = "roles:assign";
    public const string TeamsManage = "teams:manage";
    public const string OrganizationManage = "organization:manage";
    public const string AuditView = "audit:view";
    public const string PlanManage = "plan:manage";
    public const string OwnershipTransfer = "ownership:transfer";
    public const string OrganizationDelete = "organization:delete";

    public const string AppView = "app:view";
    public const string AppEdit = "app:edit";
    public const string SecretsWrite = "secrets:write";
    public const string AppDelete = "app:delete";
    public const string AppShare = "app:share";
}
