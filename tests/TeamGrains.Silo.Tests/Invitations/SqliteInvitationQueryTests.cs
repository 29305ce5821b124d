using TeamGrains.Silo.Tests.Infrastructure;

namespace TeamGrains.Silo.Tests.Invitations;

public sealed class SqliteInvitationQueryTests(SqliteFileFixture database) : InvitationQueryTests(database), IClassFixture<SqliteFileFixture>;
