using Dapper;
using TeamGrains.Interfaces;
using TeamGrains.Interfaces.Permissions;
using TeamGrains.Interfaces.Users;
using TeamGrains.Silo.Grains.Shared;
using TeamGrains.Silo.Runtime;

namespace TeamGrains.Silo.Grains.Users;

/// <summary>
/// Sign-up for one normalised email. Nodes racing on the same email conflict on this grain's version (and,
/// failing that, on users.email's unique constraint); the runtime re-runs the loser, which then finds the user.
/// </summary>
internal sealed class UserDirectoryGrain : Grain<UserDirectoryState>, IUserDirectoryGrain
{
    public async Task<UserDto> SignUpAsync(string? displayName, string? requestId = null)
    {
        if (EmailAddress.Normalize(GrainKey) != GrainKey)
        {
            throw Errors.BadInput("The directory key must be a normalised email address.");
        }

        if (State.User is { } existing)
        {
            return existing.ToDto();
        }

        var name = string.IsNullOrWhiteSpace(displayName) ? null : Names.Require(displayName, "Display name");
        var user = new UserRow { Id = Ids.New(), Email = GrainKey, DisplayName = name, CreatedAt = UnixTime.Now(), PersonalOrganizationId = Ids.New() };
        await WriteStateAsync("user.signed-up", async (tx, ct) =>
        {
            await tx.Connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO users (id, email, display_name, status, created_at) VALUES (@Id, @Email, @DisplayName, 'ACTIVE', @CreatedAt)",
                user, tx.Transaction, cancellationToken: ct));
            await tx.Connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO organizations (id, name, parent_id, root_id, personal_owner_id, created_at)
                VALUES (@PersonalOrganizationId, @orgName, NULL, @PersonalOrganizationId, @Id, @CreatedAt)
                """,
                new { user.PersonalOrganizationId, orgName = $"{name ?? GrainKey} (personal)", user.Id, user.CreatedAt },
                tx.Transaction,
                cancellationToken: ct));
            await tx.Connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO memberships (organization_id, user_id, role, joined_at, added_by) VALUES (@PersonalOrganizationId, @Id, @owner, @CreatedAt, NULL)",
                new { user.PersonalOrganizationId, user.Id, owner = BuiltInRoles.Owner, user.CreatedAt },
                tx.Transaction,
                cancellationToken: ct));
            tx.AddChange(DomainGrainIds.User(user.Id), "user.created");
            tx.AddChange(DomainGrainIds.Organization(user.PersonalOrganizationId!), "organization.created");
            await AuditLog.AppendAsync(tx, user.PersonalOrganizationId!, user.Id, "user.signed-up", user.Id, null,
                new { user.Email, user.DisplayName }, requestId, ct);
        }, () => State.User = user);
        return user.ToDto();
    }

    public Task<UserDto?> FindAsync() => Task.FromResult(State.User?.ToDto());
}
