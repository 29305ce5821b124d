using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TeamGrains.Gateway.Auth;
using TeamGrains.Gateway.Execution;
using TeamGrains.Gateway.Health;
using TeamGrains.Gateway.Http;
using TeamGrains.Gateway.RateLimiting;
using TeamGrains.Gateway.WebSockets;

namespace TeamGrains.Gateway.Extensions;

/// <summary>Registers the gateway's transports, authentication, limits and health checks.</summary>
public static class GatewayServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddGatewayTransport(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<GatewayOptions>(builder.Configuration.GetSection(GatewayOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IGraphQLService, EngineGraphQLService>();
        services.AddSingleton<ConsistencyTokens>();
        services.AddSingleton<OperationRunner>();
        services.AddSingleton<GraphQLHttpHandler>();
        services.AddSingleton<GraphQLWebSocketHandler>();
        services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage", tags: [HealthEndpoints.ReadyTag]);
        return builder;
    }

    /// <summary>One scheme that tries API keys, development tokens and external JWTs in turn.</summary>
    public static IHostApplicationBuilder AddGatewayAuthentication(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<AuthOptions>(builder.Configuration.GetSection(AuthOptions.SectionName));

        // Nodes sharing PostgreSQL must share the signing key too: a key made up per process would make
        // every other node refuse this node's development tokens (docs/scale-out.md). Fail at start.
        var shared = !string.IsNullOrEmpty(builder.Configuration.GetConnectionString("Postgres"));
        var environment = builder.Environment;
        services.AddOptions<AuthOptions>()
            .Validate(
                o => !shared || !string.IsNullOrEmpty(o.SigningKey) || !(o.DevelopmentTokens ?? environment.IsDevelopment()),
                "Auth:SigningKey must be configured, the same on every node, when development tokens are on and ConnectionStrings:Postgres is set.")
            .ValidateOnStart();
        services.AddSingleton<DevelopmentTokenPolicy>();
        services.AddSingleton<DevelopmentTokenService>();
        services.AddSingleton<ExternalJwtValidator>();
        services.AddSingleton<CredentialAuthenticator>();
        services.AddSingleton<VerifiedTokenCache>();
        services.AddSingleton<IApiKeyVerifier, GrainApiKeyVerifier>();
        services.AddSingleton<IUserResolver, GrainUserResolver>();
        services.AddAuthentication(CallerClaims.Scheme)
            .AddScheme<AuthenticationSchemeOptions, BearerAuthenticationHandler>(CallerClaims.Scheme, null);
        return builder;
    }

    /// <summary>ASP.NET Core's rate limiter per credential (per client address when anonymous), plus the lower budgets.</summary>
    public static IHostApplicationBuilder AddGatewayRateLimits(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<RateLimitOptions>(builder.Configuration.GetSection(RateLimitOptions.SectionName));
        builder.Services.AddSingleton<GatewayRateLimiters>();
        builder.Services.AddRateLimiter(RequestRateLimiting.Configure(builder.Configuration));
        return builder;
    }
}
