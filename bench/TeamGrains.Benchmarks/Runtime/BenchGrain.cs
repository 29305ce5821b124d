using TeamGrains.Silo.Runtime;

namespace TeamGrains.Benchmarks.Runtime;

public sealed class BenchGrain : Grain, IBenchGrain
{
    private int _value = 42;

    public Task<int> GetAsync() => Task.FromResult(_value);

    public ValueTask<int> GetValueAsync() => ValueTask.FromResult(_value);

    public Task TouchAsync()
    {
        _value++;
        return Task.CompletedTask;
    }

    public Task<int> PeekAsync() => Task.FromResult(_value);
}
