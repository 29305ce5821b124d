using Microsoft.Data.Sqlite;
using TeamGrains.Silo.Storage;

namespace TeamGrains.Silo.Tests.Infrastructure;

/// <summary>A SQLite database file in a temporary folder for one test class; the folder is deleted afterwards.</summary>
public sealed class SqliteFileFixture : IStorageFixture, IDisposable
{
    private readonly string _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "teamgrains-tests", Guid.NewGuid().ToString("N"));

    public SqliteFileFixture()
    {
        Directory.CreateDirectory(_folder);
        Path = NewPath();
    }

    public StorageDialect Dialect => StorageDialect.Sqlite;

    /// <summary>The class's database file.</summary>
    public string Path { get; }

    public StorageOptions Storage => new() { SqlitePath = Path };

    public Task<StorageOptions> CreateIsolatedAsync() => Task.FromResult(new StorageOptions { SqlitePath = NewPath() });

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open elsewhere: the temporary folder is cleaned by the system.
        }
    }

    private string NewPath() => System.IO.Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".db");
}
