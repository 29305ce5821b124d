using TeamGrains.GraphQL;
using TeamGrains.GraphQL.Execution;
using TeamGrains.Interfaces;
using TeamGrains.Interfaces.Organizations;
using TeamGrains.Interfaces.Resources;
using TeamGrains.Interfaces.Teams;
using TeamGrains.Interfaces.Users;

namespace TeamGrains.Gateway.Schema;

/// <summary>
/// Objects that a field refers to by id (an invitation's organization, a grant's team). The parent was
/// already authorized; these read the referenced object without a second check, as the contract shows
/// the reference to whoever may see the parent.
/// </summary>
public static class Lookups
{
    public static async Task<OrganizationDto> OrganizationAsync(this IResolverContext context, string id) =>
        await context.Request().Grains.GetGrain<IOrganizationGrain>(id).FindAsync().ConfigureAwait(false) ?? throw NotFound("organization");

    public static async Task<OrganizationDto?> OptionalOrganizationAsync(this IResolverContext context, string? id) =>
        id is null ? null : await context.OrganizationAsync(id).ConfigureAwait(false);

    public static async Task<UserDto> UserAsync(this IResolverContext context, string id) =>
        await context.Request().Grains.GetGrain<IUserGrain>(id).FindAsync().ConfigureAwait(false) ?? throw NotFound("user");

    public static async Task<TeamDto?> OptionalTeamAsync(this IResolverContext context, string? id) =>
        id is null ? null : await context.Request().Grains.GetGrain<ITeamGrain>(id).FindAsync().ConfigureAwait(false);

    public static async Task<ResourceDto?> OptionalResourceAsync(this IResolverContext context, string? id) =>
        id is null ? null : await context.Request().Grains.GetGrain<IResourceGrain>(id).FindAsync().ConfigureAwait(false);

    /// <summary>
    /// An API key acts in its own organization only: anything else is answered as if it did not exist
    /// (NOT_FOUND), so a key cannot even probe other organizations.
    /// </summary>
    public static void EnsureInScope(this IResolverContext context, string? organizationId)
    {
        var scope = context.Request().Caller?.OrganizationScope;
        if (scope is not null && !string.Equals(scope, organizationId, StringComparison.Ordinal))
        {
            throw NotFound("organization");
        }
    }

    public static GraphQLException NotFound(string what) => new($"No such {what}, or you may not see it.", ErrorCodes.NotFound);
}
