using TeamGrains.Interfaces.Runtime;

namespace TeamGrains.Silo.Tests.Runtime.TestGrains;

/// <summary>A stateless grain that writes only through other grains: grain-to-grain calls that commit.</summary>
public interface IRelayGrain : IGrainWithStringKey
{
    /// <summary>Increments counter <paramref name="counter"/> (naming a second grain); returns the commit's last position.</summary>
    Task<long> IncrementAsync(string counter, int by);

    /// <summary>Like <see cref="IncrementAsync"/>, after waiting (in this grain's turn) for the probe's gate <paramref name="gate"/>.</summary>
    Task<long> IncrementAfterAsync(string gate, string counter, int by);

    /// <summary>Asks relay <paramref name="next"/> to increment <paramref name="counter"/>: relay, relay, counter.</summary>
    Task<long> RelayAsync(string next, string counter, int by);
}
