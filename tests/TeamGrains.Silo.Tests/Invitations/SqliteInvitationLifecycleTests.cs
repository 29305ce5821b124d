using TeamGrains.Silo.Tests.Infrastructure;

namespace TeamGrains.Silo.Tests.Invitations;

public sealed class SqliteInvitationLifecycleTests(SqliteFileFixture database) : InvitationLifecycleTests(database), IClassFixture<SqliteFileFixture>;
