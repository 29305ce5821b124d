using TeamGrains.Silo.Tests.Infrastructure;

namespace TeamGrains.Silo.Tests.Invitations;

[PostgresTestClass]
public sealed class PostgresInvitationLifecycleTests(PostgresDatabaseFixture database) : InvitationLifecycleTests(database), IClassFixture<PostgresDatabaseFixture>;
