using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace TeamGrains.Silo.Runtime;

/// <summary>The silo's instruments, on the meter <c>TeamGrains.Silo</c>.</summary>
internal sealed class GrainMetrics
{
    public const string MeterName = "TeamGrains.Silo";

    private readonly UpDownCounter<long> _activations;
    private readonly Counter<long> _calls;
    private readonly Histogram<double> _callDuration;
    private readonly Counter<long> _conflicts;
    private readonly Histogram<double> _storageDuration;
    private readonly Counter<long> _changesApplied;

    public GrainMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _activations = meter.CreateUpDownCounter<long>("teamgrains.grain.activations", "{activation}", "Activations held by this node.");
        _calls = meter.CreateCounter<long>("teamgrains.grain.calls", "{call}", "Grain calls served.");
        _callDuration = meter.CreateHistogram<double>("teamgrains.grain.call.duration", "s", "Duration of grain calls, from the proxy to the result.");
        _conflicts = meter.CreateCounter<long>("teamgrains.grain.conflicts", "{conflict}", "Grain writes that lost a race and were retried or refused.");
        _storageDuration = meter.CreateHistogram<double>("teamgrains.storage.duration", "s", "Duration of storage transactions.");
        _changesApplied = meter.CreateCounter<long>("teamgrains.changes.applied", "{change}", "Change-log rows applied by this node.");
    }

    public void ActivationAdded(string grainType) => _activations.Add(1, new KeyValuePair<string, object?>("grain.type", grainType));

    public void ActivationRemoved(string grainType) => _activations.Add(-1, new KeyValuePair<string, object?>("grain.type", grainType));

    /// <summary>Whether anyone listens to call durations; the hot path takes timestamps only then.</summary>
    public bool TimingEnabled => _callDuration.Enabled;

    /// <summary>Counts a call; <paramref name="startTimestamp"/> is 0 when timing was off at its start.</summary>
    public void CallCompleted(string grainType, long startTimestamp)
    {
        _calls.Add(1, new KeyValuePair<string, object?>("grain.type", grainType));
        if (startTimestamp != 0 && _callDuration.Enabled)
        {
            _callDuration.Record(Stopwatch.GetElapsedTime(startTimestamp).TotalSeconds, new KeyValuePair<string, object?>("grain.type", grainType));
        }
    }

    public void Conflict(string grainType) => _conflicts.Add(1, new KeyValuePair<string, object?>("grain.type", grainType));

    public void StorageCompleted(string operation, long startTimestamp)
    {
        if (_storageDuration.Enabled)
        {
            _storageDuration.Record(Stopwatch.GetElapsedTime(startTimestamp).TotalSeconds, new KeyValuePair<string, object?>("operation", operation));
        }
    }

    public void ChangesApplied(int count) => _changesApplied.Add(count);
}
