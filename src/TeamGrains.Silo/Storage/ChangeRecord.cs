using TeamGrains.Interfaces.Runtime;

namespace TeamGrains.Silo.Storage;

/// <summary>One committed row of the change log: which grain changed, how, at which position (commit order, no gaps).</summary>
public sealed record ChangeRecord(long Position, GrainId Grain, string Kind, string? Payload, DateTimeOffset CommittedAt);
