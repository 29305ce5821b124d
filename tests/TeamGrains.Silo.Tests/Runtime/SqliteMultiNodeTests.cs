using TeamGrains.Silo.Tests.Infrastructure;

namespace TeamGrains.Silo.Tests.Runtime;

/// <summary>Two nodes over one SQLite file (one process): the follower polls, writers queue on the file lock.</summary>
public sealed class SqliteMultiNodeTests(SqliteFileFixture fixture)
    : MultiNodeTests(fixture), IClassFixture<SqliteFileFixture>;
