using System.Text.Json;
using TeamGrains.Silo.Storage;

namespace TeamGrains.Silo.Grains.Shared;

/// <summary>
/// Appends audit entries inside the transaction of the change they describe: queued, and sent with the
/// commit's version checks and change-log rows (one round trip on PostgreSQL).
/// </summary>
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
        tx.Defer(new Statement(
            """
            INSERT INTO audit_log (organization_id, actor_id, action, target_id, details, request_id, at)
            VALUES (@organizationId, @actorId, @action, @targetId, @details, @requestId, @at)
            """,
            [
                new("@organizationId", organizationId), new("@actorId", actorId), new("@action", action), new("@targetId", targetId),
                new("@details", details), new("@requestId", requestId), new("@at", UnixTime.Now()),
            ]));
        return Task.CompletedTask;
    }
}
