using TeamGrains.Silo.Tests.Infrastructure;

namespace TeamGrains.Silo.Tests.Invitations;

[PostgresTestClass]
public sealed class PostgresInvitationPolicyTests(PostgresDatabaseFixture database) : InvitationPolicyTests(database), IClassFixture<PostgresDatabaseFixture>;
