using TeamGrains.Interfaces.Runtime;
using TeamGrains.Silo.Runtime;

namespace TeamGrains.Silo.Storage.Internal;

/// <summary>
/// A change-log row named inside an open transaction, written when the transaction commits; with
/// <see cref="Absorb"/>, the in-memory side of the change for the named grain's activation on this node
/// (<see cref="IStorageTransaction.AddChange(GrainId, string, Action{Grain})"/>).
/// </summary>
internal readonly record struct PendingChange(GrainId Grain, string Kind, string? Payload, Action<Grain>? Absorb = null);
