using Microsoft.Extensions.DependencyInjection;
using TeamGrains.Interfaces.Organizations;
using TeamGrains.Interfaces.Resources;
using TeamGrains.Interfaces.Teams;
using TeamGrains.Interfaces.Users;
using TeamGrains.Silo.Grains.Organizations;
using TeamGrains.Silo.Grains.Resources;
using TeamGrains.Silo.Grains.Teams;
using TeamGrains.Silo.Grains.Users;

namespace TeamGrains.Silo.Extensions;

/// <summary>Registers the grains of the permission model (users, organizations, teams, resources) and their state stores.</summary>
public static class GrainRegistrationExtensions
{
    /// <summary>Adds the domain grains; call after <c>AddTeamGrainsSilo</c>.</summary>
    public static IServiceCollection AddTeamGrainsDomain(this IServiceCollection services)
    {
        services.AddSingleton<PermissionDependencies>();
        return services
            .AddGrain<IUserDirectoryGrain, UserDirectoryGrain>()
            .AddGrainStateStore<UserDirectoryState, UserDirectoryStateStore>()
            .AddGrain<IUserGrain, UserGrain>()
            .AddGrainStateStore<UserState, UserStateStore>()
            .AddGrain<IOrganizationGrain, OrganizationGrain>()
            .AddGrainStateStore<OrganizationState, OrganizationStateStore>()
            .AddGrain<ITeamGrain, TeamGrain>()
            .AddGrainStateStore<TeamState, TeamStateStore>()
            .AddGrain<IResourceGrain, ResourceGrain>()
            .AddGrainStateStore<ResourceState, ResourceStateStore>();
    }
}
