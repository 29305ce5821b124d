using TeamGrains.Silo.Tests.Infrastructure;

namespace TeamGrains.Silo.Tests.Invitations;

public sealed class SqliteInvitationPolicyTests(SqliteFileFixture database) : InvitationPolicyTests(database), IClassFixture<SqliteFileFixture>;
