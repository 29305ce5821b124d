using System.Text.Json;
using Dapper;
using TeamGrains.Silo.Storage;

namespace TeamGrains.Silo.Grains.Shared;

/// <summary>Appends audit entries inside the transaction of the change they describe.</summary>
internal static class AuditLog
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

    /// <summary>Appends one entry; <paramref name="before"/> and <paramref name="after"/> are serialized as JSON.</summary>
    public static Task AppendAsync(
        IStorageTransaction tx,
        string organizationId,
        string? actorId,
        string action,
        string? targetId,
        object? before,
        object? after,
        string? requestId,
        CancellationToken cancellationToken)
    {
        var details = JsonSerializer.Serialize(new { before, after }, s_json);
        return tx.Connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO audit_log (organization_id, actor_id, action, target_id, details, request_id, at)
            VALUES (@organizationId, @actorId, @action, @targetId, @details, @requestId, @at)
            """,
            new { organizationId, actorId, action, targetId, details, requestId, at = UnixTime.Now() },
            tx.Transaction,
            cancellationToken: cancellationToken));
    }
}
