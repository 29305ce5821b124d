using Microsoft.Data.Sqlite;
using Npgsql;
using TeamGrains.Silo.Runtime;
using TeamGrains.Silo.Storage;
using TeamGrains.Silo.Storage.Internal;

namespace TeamGrains.Silo.Tests.Storage;

public sealed class ErrorTranslationTests
{
    [Theory]
    [InlineData("40001")]
    [InlineData("40P01")]
    public void PostgresSerializationFailuresAndDeadlocksAreConflicts(string sqlState)
    {
        var provider = new PostgresStorageProvider(new StorageOptions { PostgresConnectionString = "Host=127.0.0.1" });
        Assert.IsType<GrainConflictException>(provider.Translate(Postgres(sqlState)));
    }

    [Fact]
    public void APostgresUniqueViolationKeepsTheConstraintName()
    {
        var provider = new PostgresStorageProvider(new StorageOptions { PostgresConnectionString = "Host=127.0.0.1" });
        var violation = Assert.IsType<UniqueViolationException>(provider.Translate(Postgres("23505", "users_email_key")));
        Assert.Equal("users_email_key", violation.ConstraintName);
    }

    [Fact]
    public void OtherPostgresErrorsAreLeftAlone()
    {
        var provider = new PostgresStorageProvider(new StorageOptions { PostgresConnectionString = "Host=127.0.0.1" });
        Assert.Null(provider.Translate(Postgres("23503")));
    }

    [Theory]
    [InlineData(5, 5)]
    [InlineData(6, 6)]
    [InlineData(5, 517)]
    public void SqliteBusyAndLockedAreConflicts(int code, int extended)
    {
        var provider = new SqliteStorageProvider(Path.Combine(Path.GetTempPath(), "unused.db"));
        Assert.IsType<GrainConflictException>(provider.Translate(new SqliteException("busy", code, extended)));
    }

    [Theory]
    [InlineData(2067, "SQLite Error 19: 'UNIQUE constraint failed: users.email'.", "users.email")]
    [InlineData(1555, "SQLite Error 19: 'UNIQUE constraint failed: users.id'.", "users.id")]
    public void SqliteUniqueAndPrimaryKeyViolationsNameTheirColumns(int extended, string message, string expected)
    {
        var provider = new SqliteStorageProvider(Path.Combine(Path.GetTempPath(), "unused.db"));
        var violation = Assert.IsType<UniqueViolationException>(provider.Translate(new SqliteException(message, 19, extended)));
        Assert.Equal(expected, violation.ConstraintName);
    }

    [Fact]
    public void ASqliteForeignKeyViolationIsNotAUniqueViolation()
    {
        var provider = new SqliteStorageProvider(Path.Combine(Path.GetTempPath(), "unused.db"));
        Assert.Null(provider.Translate(new SqliteException("FOREIGN KEY constraint failed", 19, 787)));
    }

    private static PostgresException Postgres(string sqlState, string? constraint = null)
        => new("failed", "ERROR", "ERROR", sqlState, constraintName: constraint);
}
