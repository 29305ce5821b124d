using Microsoft.Extensions.Logging;
using TeamGrains.Interfaces.Runtime;
using TeamGrains.Silo.Runtime;
using TeamGrains.Silo.Storage;

namespace TeamGrains.Silo;

/// <summary>
/// Structured, source-generated log messages of the silo. Partial: each area may add its own
/// <c>Log.&lt;Area&gt;.cs</c>. Event ids: runtime 1000-1099, storage 1100-1199, change feed 1200-1299.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(1000, LogLevel.Debug, "{Grain} activated at position {Position}")]
    public static partial void Activated(ILogger logger, GrainId grain, long position);

    [LoggerMessage(1001, LogLevel.Debug, "{Grain} deactivated ({Reason})")]
    public static partial void Deactivated(ILogger logger, GrainId grain, DeactivationReason reason);

    [LoggerMessage(1002, LogLevel.Warning, "{Grain} failed to activate")]
    public static partial void ActivationFailed(ILogger logger, GrainId grain, Exception exception);

    [LoggerMessage(1009, LogLevel.Warning, "{Grain} failed to absorb a change another grain committed; it reloads instead")]
    public static partial void AbsorbFailed(ILogger logger, GrainId grain, Exception exception);

    [LoggerMessage(1003, LogLevel.Warning, "{Grain} failed in OnDeactivateAsync ({Reason})")]
    public static partial void DeactivationFailed(ILogger logger, GrainId grain, DeactivationReason reason, Exception exception);

    [LoggerMessage(1004, LogLevel.Warning, "Call {Method} on {Grain} did not complete within {Timeout}")]
    public static partial void CallTimedOut(ILogger logger, string method, GrainId grain, TimeSpan timeout);

    [LoggerMessage(1005, LogLevel.Debug, "Call {Method} on {Grain} lost a write race (attempt {Attempt}); reloading")]
    public static partial void CallConflicted(ILogger logger, string method, GrainId grain, int attempt);

    [LoggerMessage(1006, LogLevel.Warning, "Call {Method} on {Grain} gave up after {Attempts} write conflicts")]
    public static partial void CallConflictRetriesExhausted(ILogger logger, string method, GrainId grain, int attempts);

    [LoggerMessage(1007, LogLevel.Information, "Collected {Count} idle activations")]
    public static partial void IdleCollected(ILogger logger, int count);

    [LoggerMessage(1100, LogLevel.Information, "Applied migration {Migration} ({Dialect})")]
    public static partial void MigrationApplied(ILogger logger, string migration, StorageDialect dialect);

    [LoggerMessage(1101, LogLevel.Information, "Silo storage ready: {Dialect}, change log at {Position}")]
    public static partial void StorageReady(ILogger logger, StorageDialect dialect, long position);

    [LoggerMessage(1102, LogLevel.Error, "Storage failed: {Operation}")]
    public static partial void StorageFailed(ILogger logger, string operation, Exception exception);

    [LoggerMessage(1200, LogLevel.Error, "A change feed subscriber failed at position {Position}")]
    public static partial void SubscriberFailed(ILogger logger, long position, Exception exception);

    [LoggerMessage(1201, LogLevel.Warning, "Change follower could not read the change log; retrying")]
    public static partial void FollowerFailed(ILogger logger, Exception exception);

    [LoggerMessage(1202, LogLevel.Warning, "Change listener lost its PostgreSQL connection; reconnecting")]
    public static partial void ListenerFailed(ILogger logger, Exception exception);

    [LoggerMessage(1203, LogLevel.Information, "Pruned {Count} change-log rows past their retention")]
    public static partial void ChangeLogPruned(ILogger logger, int count);

    [LoggerMessage(1204, LogLevel.Warning, "Change-log pruning failed; retrying at the next interval")]
    public static partial void PruneFailed(ILogger logger, Exception exception);

    [LoggerMessage(1205, LogLevel.Warning, "Change notifier lost its PostgreSQL connection; reconnecting")]
    public static partial void NotifierFailed(ILogger logger, Exception exception);
}
