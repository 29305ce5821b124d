using TeamGrains.Interfaces.Runtime;

namespace TeamGrains.Silo.Storage.Internal;

/// <summary>A change-log row named inside an open transaction, written when the transaction commits.</summary>
internal readonly record struct PendingChange(GrainId Grain, string Kind, string? Payload);
