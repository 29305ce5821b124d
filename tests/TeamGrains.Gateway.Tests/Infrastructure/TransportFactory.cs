using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TeamGrains.Gateway.Auth;
using TeamGrains.Gateway.Execution;
using TeamGrains.Silo.Storage;

namespace TeamGrains.Gateway.Tests.Infrastructure;

/// <summary>
/// Hosts the real gateway pipeline (Program) with the GraphQL engine, identities, change feed and
/// storage replaced by test doubles, so that transport behaviour is tested on its own.
/// </summary>
public sealed class TransportFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly string _environment;
    private readonly string _contentRoot = Directory.CreateTempSubdirectory("teamgrains-gateway-tests-").FullName;

    public TransportFactory()
        : this(null)
    {
    }

    internal TransportFactory(Dictionary<string, string?>? settings, string environment = "Production")
    {
        _settings = new Dictionary<string, string?>
        {
            ["Auth:SigningKey"] = SigningKey,
            ["Auth:DevelopmentTokens"] = "true",
            ["Gateway:WebSocket:ConnectionInitTimeout"] = "00:00:10",
        };
        foreach (var (key, value) in settings ?? [])
        {
            _settings[key] = value;
        }

        _environment = environment;
    }

    public const string SigningKey = "test-signing-key-test-signing-key-0123456789";

    public ManualChangeFeed ChangeFeed { get; } = new();

    public TestStorage Storage { get; } = new();

    public TestIdentities Identities { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        builder.UseContentRoot(_contentRoot);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            var identities = Identities;
            services.RemoveAll<IGraphQLService>();
            services.AddSingleton<IGraphQLService, TinyTestSchemaService>();
            services.RemoveAll<IUserResolver>();
            services.AddSingleton<IUserResolver>(identities);
            services.RemoveAll<IApiKeyVerifier>();
            services.AddSingleton<IApiKeyVerifier>(identities);
            services.RemoveAll<IChangeFeed>();
            services.AddSingleton<IChangeFeed>(ChangeFeed);
            services.RemoveAll<IStorage>();
            services.AddSingleton<IStorage>(Storage);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Storage.Dispose();
            if (Directory.Exists(_contentRoot))
            {
                Directory.Delete(_contentRoot, recursive: true);
            }
        }
    }
}
