using TeamGrains.Silo.Tests.Infrastructure;

namespace TeamGrains.Silo.Tests.Storage;

[PostgresTestClass]
public sealed class PostgresCommitScopeTests(PostgresDatabaseFixture fixture)
    : CommitScopeTests(fixture), IClassFixture<PostgresDatabaseFixture>;
