using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TeamGrains.Silo.Extensions;
using TeamGrains.Silo.Runtime;
using TeamGrains.Silo.Storage;
using TeamGrains.Silo.Storage.Internal;

namespace TeamGrains.Silo.Tests.Infrastructure;

public sealed class ConfigurationTests
{
    [Fact]
    public async Task APostgresConnectionStringSelectsPostgreSql()
    {
        await using var services = Build(new()
        {
            ["ConnectionStrings:Postgres"] = "Host=127.0.0.1;Database=teamgrains",
        });

        Assert.IsType<PostgresStorageProvider>(services.GetRequiredService<StorageProvider>());
        Assert.Equal(StorageDialect.PostgreSql, services.GetRequiredService<IStorage>().Dialect);
    }

    [Fact]
    public async Task WithoutOneSqliteIsUsedAtTheConfiguredPath()
    {
        var path = Path.Combine(Path.GetTempPath(), "teamgrains-tests", Guid.NewGuid().ToString("N"), "grains.db");
        await using var services = Build(new() { ["Storage:SqlitePath"] = path });

        Assert.IsType<SqliteStorageProvider>(services.GetRequiredService<StorageProvider>());
        Assert.Equal(path, services.GetRequiredService<IOptions<StorageOptions>>().Value.SqlitePath);
        Assert.True(Directory.Exists(Path.GetDirectoryName(path)));
        Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
    }

    [Fact]
    public void WithNeitherTheDatabaseIsDataTeamgrainsDbUnderTheContentRoot()
    {
        var contentRoot = Path.Combine(Path.GetTempPath(), "teamgrains-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(contentRoot);
        try
        {
            var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(
                new Microsoft.Extensions.Hosting.HostApplicationBuilderSettings { ContentRootPath = contentRoot });
            builder.Services.AddTeamGrainsSilo(builder.Configuration);
            using var host = builder.Build();

            var provider = Assert.IsType<SqliteStorageProvider>(host.Services.GetRequiredService<StorageProvider>());
            Assert.Equal(Path.Combine(contentRoot, "data", "teamgrains.db"), provider.Path);
        }
        finally
        {
            Directory.Delete(contentRoot, recursive: true);
        }
    }

    [Fact]
    public async Task RuntimeOptionsHaveTheirDefaultsAndBindFromTheGrainRuntimeSection()
    {
        await using var defaults = Build([]);
        var options = defaults.GetRequiredService<IOptions<GrainRuntimeOptions>>().Value;
        Assert.Equal(TimeSpan.FromSeconds(30), options.CallTimeout);
        Assert.Equal(TimeSpan.FromMinutes(15), options.IdleAge);
        Assert.Equal(5, options.MaxConflictRetries);

        await using var configured = Build(new()
        {
            ["GrainRuntime:CallTimeout"] = "00:00:05",
            ["GrainRuntime:IdleAge"] = "00:02:00",
            ["GrainRuntime:MaxConflictRetries"] = "2",
        });
        options = configured.GetRequiredService<IOptions<GrainRuntimeOptions>>().Value;
        Assert.Equal(TimeSpan.FromSeconds(5), options.CallTimeout);
        Assert.Equal(TimeSpan.FromMinutes(2), options.IdleAge);
        Assert.Equal(2, options.MaxConflictRetries);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddTeamGrainsSilo(configuration).BuildServiceProvider();
    }
}
