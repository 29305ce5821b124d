using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TeamGrains.Interfaces.ApiKeys;
using TeamGrains.Interfaces.Invitations;
using TeamGrains.Silo.Grains.ApiKeys;
using TeamGrains.Silo.Grains.Invitations;

namespace TeamGrains.Silo.Extensions;

/// <summary>Registers the invitation and API-key grains, their queries, the event reader and the expiry sweep.</summary>
public static class InvitationRegistration
{
    /// <summary>
    /// Adds invitations and API keys, with options from the <c>Invitations</c> and <c>ApiKeys</c> sections.
    /// Call after <c>AddTeamGrainsSilo</c>.
    /// </summary>
    public static IServiceCollection AddTeamGrainsInvitations(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<InvitationOptions>().Bind(configuration.GetSection(InvitationOptions.SectionName));
        services.AddOptions<ApiKeyOptions>().Bind(configuration.GetSection(ApiKeyOptions.SectionName));
        return services.AddTeamGrainsInvitations();
    }

    /// <summary>Adds invitations and API keys with options configured in code (or their defaults).</summary>
    public static IServiceCollection AddTeamGrainsInvitations(
        this IServiceCollection services,
        Action<InvitationOptions>? configureInvitations = null,
        Action<ApiKeyOptions>? configureApiKeys = null)
    {
        var invitations = services.AddOptions<InvitationOptions>();
        if (configureInvitations is not null)
        {
            invitations.Configure(configureInvitations);
        }

        var apiKeys = services.AddOptions<ApiKeyOptions>();
        if (configureApiKeys is not null)
        {
            apiKeys.Configure(configureApiKeys);
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddGrain<IInvitationGrain, InvitationGrain>();
        services.AddGrainStateStore<InvitationState, InvitationStateStore>();
        services.AddGrain<IApiKeyGrain, ApiKeyGrain>();
        services.AddGrainStateStore<ApiKeyState, ApiKeyStateStore>();
        services.TryAddSingleton<InvitationQueries>();
        services.TryAddSingleton<InvitationEvents>();
        services.TryAddSingleton<ApiKeyQueries>();
        services.TryAddSingleton<ApiKeyAuthenticator>();
        services.TryAddSingleton<InvitationExpirySweeper>();
        services.AddHostedService(sp => sp.GetRequiredService<InvitationExpirySweeper>());
        return services;
    }
}
