using TeamGrains.Interfaces.Runtime;
using TeamGrains.Silo.Runtime;

namespace TeamGrains.Silo.Storage.Internal;

/// <summary>A committed change that <paramref name="Grain"/>'s local activation may absorb: its version after the commit, and the in-memory side.</summary>
internal sealed record AbsorbableChange(GrainId Grain, long Version, Action<Grain> Absorb);
