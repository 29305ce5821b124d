using TeamGrains.Silo.Grains.Users;

namespace TeamGrains.Silo.Tests.Permissions;

/// <summary>The user grain keeps a lineage only if no watch was added during its read: Add must say when it added one.</summary>
public sealed class WatcherSetTests
{
    [Fact]
    public void AddSaysWhetherTheWatcherIsNewWithOneWatcherAndWithMany()
    {
        var set = new WatcherSet();
        var calls = new List<string>();
        Action first = () => calls.Add("first");
        Action second = () => calls.Add("second");

        Assert.True(set.Add(first));
        Assert.False(set.Add(first));
        Assert.True(set.Add(second));
        Assert.False(set.Add(second));
        Assert.False(set.Add(first));

        set.Remove(first);
        Assert.True(set.Add(first));
        set.InvokeAll();
        Assert.Equal(["first", "second"], calls.Order(StringComparer.Ordinal));
    }
}
