using TeamGrains.Silo.Extensions;

namespace TeamGrains.Gateway.Extensions;

/// <summary>
/// Co-hosts the silo: the grain runtime over the configured storage (PostgreSQL when
/// <c>ConnectionStrings:Postgres</c> is set, else the embedded SQLite file under the content root's
/// <c>data/</c>), the permission-model grains, and invitations with API keys.
/// </summary>
public static class GatewaySiloExtensions
{
    public static IHostApplicationBuilder AddGatewaySilo(this IHostApplicationBuilder builder)
    {
        builder.Services
            .AddTeamGrainsSilo(builder.Configuration)
            .AddTeamGrainsDomain()
            .AddTeamGrainsInvitations(builder.Configuration);
        return builder;
    }
}
