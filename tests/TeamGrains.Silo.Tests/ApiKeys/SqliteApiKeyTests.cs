using TeamGrains.Silo.Tests.Infrastructure;

namespace TeamGrains.Silo.Tests.ApiKeys;

public sealed class SqliteApiKeyTests(SqliteFileFixture database) : ApiKeyTests(database), IClassFixture<SqliteFileFixture>;
