using System.Collections.Concurrent;

namespace TeamGrains.Silo.Tests.Runtime.TestGrains;

/// <summary>What the test grains did (events per key) and gates that hold a call until the test opens them.</summary>
public sealed class GrainProbe
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _gates = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _reached = new();
    private readonly ConcurrentQueue<(string Key, string Event)> _events = new();
    private readonly ConcurrentDictionary<(string Key, string Event), TaskCompletionSource> _awaited = new();

    private readonly ConcurrentDictionary<string, byte> _heldLoads = new();

    /// <summary>Makes the next state load of <paramref name="key"/> wait at gate "load:&lt;key&gt;" (after its snapshot began).</summary>
    public void HoldNextLoad(string key) => _heldLoads[key] = 0;

    public Task BeforeLoadAsync(string key) => _heldLoads.TryRemove(key, out _) ? WaitAtAsync("load:" + key) : Task.CompletedTask;

    public void Record(string key, string @event)
    {
        _events.Enqueue((key, @event));
        _awaited.GetOrAdd((key, @event), _ => NewSource("")).TrySetResult();
    }

    /// <summary>Completes once <paramref name="key"/> has recorded <paramref name="event"/> (at any time, before or after this call).</summary>
    public Task Recorded(string key, string @event) => _awaited.GetOrAdd((key, @event), _ => NewSource("")).Task;

    public IReadOnlyList<string> EventsOf(string key) => _events.Where(e => e.Key == key).Select(e => e.Event).ToList();

    public int Count(string key, string @event) => _events.Count(e => e.Key == key && e.Event == @event);

    /// <summary>Completes once a call has reached gate <paramref name="gate"/>.</summary>
    public Task Reached(string gate) => _reached.GetOrAdd(gate, NewSource).Task;

    public void Open(string gate) => _gates.GetOrAdd(gate, NewSource).TrySetResult();

    public Task WaitAtAsync(string gate)
    {
        _reached.GetOrAdd(gate, NewSource).TrySetResult();
        return _gates.GetOrAdd(gate, NewSource).Task;
    }

    private static TaskCompletionSource NewSource(string _) => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
