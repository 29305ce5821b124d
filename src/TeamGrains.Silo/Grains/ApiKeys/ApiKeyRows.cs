using Dapper;
using TeamGrains.Interfaces.ApiKeys;
using TeamGrains.Silo.Storage;

namespace TeamGrains.Silo.Grains.ApiKeys;

/// <summary>The SQL of the api_keys table (times in Unix milliseconds; the secret only as its hash).</summary>
internal static class ApiKeyRows
{
    public const string SelectColumns = """
        SELECT id AS Id, user_id AS UserId, organization_id AS OrganizationId, name AS Name, secret_hash AS SecretHash,
               created_at AS CreatedAt, last_used_at AS LastUsedAt, expires_at AS ExpiresAt, revoked_at AS RevokedAt
          FROM api_keys
        """;

    public static Task<ApiKeyRow?> FindAsync(IStorageTransaction tx, string id, CancellationToken cancellationToken)
        => tx.Connection.QuerySingleOrDefaultAsync<ApiKeyRow>(Command(tx, SelectColumns + " WHERE id = @id", new { id }, cancellationToken));

    /// <summary>The user's keys (optionally of one organization), newest first.</summary>
    public static async Task<List<ApiKeyRow>> ListAsync(IStorageTransaction tx, string userId, string? organizationId, CancellationToken cancellationToken)
        => (await tx.Connection.QueryAsync<ApiKeyRow>(Command(
            tx,
            SelectColumns + " WHERE user_id = @userId"
                + (organizationId is null ? "" : " AND organization_id = @organizationId")
                + " ORDER BY created_at DESC, id",
            new { userId, organizationId },
            cancellationToken)).ConfigureAwait(false)).ToList();

    public static Task InsertAsync(IStorageTransaction tx, ApiKeyDto key, string secretHash, CancellationToken cancellationToken)
        => tx.Connection.ExecuteAsync(Command(
            tx,
            """
            INSERT INTO api_keys (id, user_id, organization_id, name, secret_hash, created_at, last_used_at, expires_at, revoked_at)
            VALUES (@Id, @UserId, @OrganizationId, @Name, @secretHash, @createdAt, NULL, @expiresAt, NULL)
            """,
            new
            {
                key.Id,
                key.UserId,
                key.OrganizationId,
                key.Name,
                secretHash,
                createdAt = key.CreatedAt.ToUnixTimeMilliseconds(),
                expiresAt = key.ExpiresAt?.ToUnixTimeMilliseconds(),
            },
            cancellationToken));

    public static Task RevokeAsync(IStorageTransaction tx, string id, DateTimeOffset now, CancellationToken cancellationToken)
        => tx.Connection.ExecuteAsync(Command(
            tx,
            "UPDATE api_keys SET revoked_at = @now WHERE id = @id AND revoked_at IS NULL",
            new { id, now = now.ToUnixTimeMilliseconds() },
            cancellationToken));

    /// <summary>Records a use, unless one was recorded less than <paramref name="interval"/> ago (by any node).</summary>
    public static Task TouchAsync(IStorageTransaction tx, string id, DateTimeOffset now, TimeSpan interval, CancellationToken cancellationToken)
        => tx.Connection.ExecuteAsync(Command(
            tx,
            "UPDATE api_keys SET last_used_at = @now WHERE id = @id AND (last_used_at IS NULL OR last_used_at <= @threshold)",
            new { id, now = now.ToUnixTimeMilliseconds(), threshold = (now - interval).ToUnixTimeMilliseconds() },
            cancellationToken));

    private static CommandDefinition Command(IStorageTransaction tx, string sql, object parameters, CancellationToken cancellationToken)
        => new(sql, parameters, tx.Transaction, cancellationToken: cancellationToken);
}
