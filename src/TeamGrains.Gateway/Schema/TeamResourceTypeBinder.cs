using TeamGrains.GraphQL.Types;
using TeamGrains.Interfaces.ApiKeys;
using TeamGrains.Interfaces.Resources;
using TeamGrains.Interfaces.Teams;

namespace TeamGrains.Gateway.Schema;

/// <summary>The contract's Team, Resource, ResourceAccess, ApiKey and CreatedApiKey types.</summary>
public static class TeamResourceTypeBinder
{
    public static SchemaBuilder BindTeamsResourcesAndKeys(this SchemaBuilder builder) => builder
        .Field("Team", "id", c => c.Parent<TeamDto>().Id)
        .Field("Team", "name", c => c.Parent<TeamDto>().Name)
        .Field("Team", "organization", c => c.OrganizationAsync(c.Parent<TeamDto>().OrganizationId))
        .Field("Team", "role", c => c.Parent<TeamDto>().Role)
        .Field("Team", "members", c => c.Request().Grains.GetGrain<ITeamGrain>(c.Parent<TeamDto>().Id).GetMembersAsync(c.ActorId(), c.Page()))
        .Field("Resource", "id", c => c.Parent<ResourceDto>().Id)
        .Field("Resource", "kind", c => c.Parent<ResourceDto>().Kind)
        .Field("Resource", "name", c => c.Parent<ResourceDto>().Name)
        .Field("Resource", "organization", c => c.OrganizationAsync(c.Parent<ResourceDto>().OrganizationId))
        .Field("Resource", "visibility", c => ContractEnums.Name(c.Parent<ResourceDto>().Visibility))
        .Field("Resource", "access", c => c.Request().Grains.GetGrain<IResourceGrain>(c.Parent<ResourceDto>().Id).GetAccessAsync(c.ActorId()))
        .Field("ResourceAccess", "user", async c => c.Parent<ResourceAccessDto>().UserId is { } userId ? await c.UserAsync(userId).ConfigureAwait(false) : null)
        .Field("ResourceAccess", "team", c => c.OptionalTeamAsync(c.Parent<ResourceAccessDto>().TeamId))
        .Field("ResourceAccess", "level", c => ContractEnums.Name(c.Parent<ResourceAccessDto>().Level))
        .Field("ApiKey", "id", c => c.Parent<ApiKeyDto>().Id)
        .Field("ApiKey", "name", c => c.Parent<ApiKeyDto>().Name)
        .Field("ApiKey", "organization", c => c.OrganizationAsync(c.Parent<ApiKeyDto>().OrganizationId))
        .Field("ApiKey", "createdAt", c => c.Parent<ApiKeyDto>().CreatedAt)
        .Field("ApiKey", "lastUsedAt", c => c.Parent<ApiKeyDto>().LastUsedAt)
        .Field("ApiKey", "expiresAt", c => c.Parent<ApiKeyDto>().ExpiresAt)
        .Field("ApiKey", "revoked", c => c.Parent<ApiKeyDto>().Revoked)
        .Field("CreatedApiKey", "apiKey", c => c.Parent<CreatedApiKey>().ApiKey)
        .Field("CreatedApiKey", "secret", c => c.Parent<CreatedApiKey>().Secret);
}
