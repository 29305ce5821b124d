using TeamGrains.Silo.Storage;

namespace TeamGrains.Silo.Tests.Infrastructure;

/// <summary>A database for one test class, on one provider; each call to <see cref="CreateIsolatedAsync"/> gives one more, empty.</summary>
public interface IStorageFixture
{
    StorageDialect Dialect { get; }

    /// <summary>The class's database (shared by its tests; give each test its own keys).</summary>
    StorageOptions Storage { get; }

    /// <summary>A further empty database, dropped with the fixture (for tests that need a blank schema).</summary>
    Task<StorageOptions> CreateIsolatedAsync();
}
