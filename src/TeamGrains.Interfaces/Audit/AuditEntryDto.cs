namespace TeamGrains.Interfaces.Audit;

/// <summary>The contract's AuditEntry.</summary>
/// <param name="Details">JSON <c>{"before":…,"after":…}</c> of the change.</param>
public sealed record AuditEntryDto(
    string Id,
    string OrganizationId,
    DateTimeOffset At,
    string? ActorId,
    string Action,
    string? TargetId,
    string? Details,
    string? RequestId);
