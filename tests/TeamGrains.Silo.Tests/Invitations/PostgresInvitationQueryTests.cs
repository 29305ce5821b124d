using TeamGrains.Silo.Tests.Infrastructure;

namespace TeamGrains.Silo.Tests.Invitations;

[PostgresTestClass]
public sealed class PostgresInvitationQueryTests(PostgresDatabaseFixture database) : InvitationQueryTests(database), IClassFixture<PostgresDatabaseFixture>;
