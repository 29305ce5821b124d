using TeamGrains.Silo.Grains.Users;
using TeamGrains.Silo.Storage;

namespace TeamGrains.Silo.Tests.Permissions;

/// <summary>
/// The user grain keeps a lineage only if no watch was added during its read: adding must say when it
/// added one. A set whose last watcher left is retired, so idle activations give their keys back.
/// </summary>
public sealed class WatcherSetTests
{
    [Fact]
    public void AddSaysWhetherTheWatcherIsNewWithOneWatcherAndWithMany()
    {
        var set = new WatcherSet();
        var calls = new List<string>();
        Action first = () => calls.Add("first");
        Action second = () => calls.Add("second");

        Assert.True(Added(set, first));
        Assert.False(Added(set, first));
        Assert.True(Added(set, second));
        Assert.False(Added(set, second));
        Assert.False(Added(set, first));

        Assert.False(set.RemoveAndRetireIfEmpty(first));
        Assert.True(Added(set, first));
        set.InvokeAll();
        Assert.Equal(["first", "second"], calls.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ASetWhoseLastWatcherLeftIsRetiredAndRefusesNewWatchers()
    {
        var set = new WatcherSet();
        Action first = () => { };
        Action second = () => { };
        Added(set, first);
        Added(set, second);

        Assert.False(set.RemoveAndRetireIfEmpty(first));
        Assert.True(set.RemoveAndRetireIfEmpty(second));
        Assert.False(set.TryAdd(first, out var added));
        Assert.False(added);
    }

    [Fact]
    public void ForgettingTheLastWatcherOfAKeyDropsTheKeyAndWatchingItAgainWorks()
    {
        using var dependencies = new PermissionDependencies(new QuietChangeFeed());
        var calls = 0;
        Action one = () => calls++;
        Action other = () => calls++;

        dependencies.Watch("org-a", one);
        dependencies.Watch("org-a", other);
        dependencies.Watch("org-b", one);
        dependencies.Forget(["org-a", "org-b"], one);
        Assert.Equal(1, dependencies.WatchedKeyCount);
        dependencies.Forget(["org-a"], other);
        Assert.Equal(0, dependencies.WatchedKeyCount);

        Assert.True(dependencies.Watch("org-a", one));
        Assert.Equal(1, dependencies.WatchedKeyCount);
    }

    [Fact]
    public void ConcurrentWatchAndForgetOfOneKeyNeverLoseAWatcher()
    {
        using var dependencies = new PermissionDependencies(new QuietChangeFeed());
        Action stays = () => { };
        Parallel.For(0, 20_000, i =>
        {
            Action passing = () => { };
            dependencies.Watch("org", passing);
            dependencies.Forget(["org"], passing);
            if (i % 1000 == 0)
            {
                dependencies.Watch("org", stays);
            }
        });

        // "stays" was added and never forgotten: its key must still be there, with it in it.
        Assert.Equal(1, dependencies.WatchedKeyCount);
        Assert.False(dependencies.Watch("org", stays));
    }

    private static bool Added(WatcherSet set, Action watcher)
    {
        Assert.True(set.TryAdd(watcher, out var added));
        return added;
    }

    private sealed class QuietChangeFeed : IChangeFeed
    {
        public long AppliedPosition => 0;

        public IDisposable Subscribe(Action<ChangeRecord> onChange) => new CancellationTokenSource();

        public IDisposable SubscribeToArrivals(Action<ChangeRecord> onChange) => new CancellationTokenSource();

        public Task WaitForAsync(long position, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task<long> ReadHeadAsync(CancellationToken cancellationToken) => Task.FromResult(0L);
    }
}
