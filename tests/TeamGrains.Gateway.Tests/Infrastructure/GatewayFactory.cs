using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace TeamGrains.Gateway.Tests.Infrastructure;

/// <summary>
/// The whole gateway as it runs: the engine with the contract schema, the co-hosted silo and its grains
/// over the embedded SQLite default in a temporary content root (one database per factory).
/// </summary>
public sealed class GatewayFactory : WebApplicationFactory<Program>
{
    private readonly string _contentRoot = Directory.CreateTempSubdirectory("teamgrains-gateway-e2e-").FullName;
    private readonly Dictionary<string, string?> _settings;

    public GatewayFactory()
        : this(null)
    {
    }

    internal GatewayFactory(Dictionary<string, string?>? settings)
    {
        _settings = new Dictionary<string, string?>
        {
            ["Auth:SigningKey"] = TransportFactory.SigningKey,
            ["Auth:DevelopmentTokens"] = "true",
            ["RateLimits:SignUpsPerMinute"] = "10000",
        };
        foreach (var (key, value) in settings ?? [])
        {
            _settings[key] = value;
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseContentRoot(_contentRoot);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_contentRoot))
        {
            Directory.Delete(_contentRoot, recursive: true);
        }
    }
}
