using TeamGrains.Silo.Tests.Infrastructure;

namespace TeamGrains.Silo.Tests.ApiKeys;

[PostgresTestClass]
public sealed class PostgresApiKeyTests(PostgresDatabaseFixture database) : ApiKeyTests(database), IClassFixture<PostgresDatabaseFixture>;
