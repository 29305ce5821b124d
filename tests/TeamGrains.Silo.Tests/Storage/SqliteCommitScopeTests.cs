using TeamGrains.Silo.Tests.Infrastructure;

namespace TeamGrains.Silo.Tests.Storage;

public sealed class SqliteCommitScopeTests(SqliteFileFixture fixture)
    : CommitScopeTests(fixture), IClassFixture<SqliteFileFixture>;
