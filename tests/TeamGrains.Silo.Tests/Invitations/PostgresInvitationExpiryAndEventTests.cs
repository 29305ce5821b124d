using TeamGrains.Silo.Tests.Infrastructure;

namespace TeamGrains.Silo.Tests.Invitations;

[PostgresTestClass]
public sealed class PostgresInvitationExpiryAndEventTests(PostgresDatabaseFixture database) : InvitationExpiryAndEventTests(database), IClassFixture<PostgresDatabaseFixture>;
