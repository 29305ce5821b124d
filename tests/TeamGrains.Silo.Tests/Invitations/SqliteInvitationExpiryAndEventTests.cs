using TeamGrains.Silo.Tests.Infrastructure;

namespace TeamGrains.Silo.Tests.Invitations;

public sealed class SqliteInvitationExpiryAndEventTests(SqliteFileFixture database) : InvitationExpiryAndEventTests(database), IClassFixture<SqliteFileFixture>;
