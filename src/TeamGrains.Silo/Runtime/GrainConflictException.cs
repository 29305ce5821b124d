namespace TeamGrains.Silo.Runtime;

/// <summary>
/// A write lost to a concurrent writer (version mismatch, serialization failure or deadlock).
/// Thrown inside a grain call; the runtime catches it, reloads the grain and runs the call again.
/// </summary>
public sealed class GrainConflictException : Exception
{
    public GrainConflictException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
