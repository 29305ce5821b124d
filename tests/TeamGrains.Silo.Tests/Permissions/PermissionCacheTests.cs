using TeamGrains.Interfaces.Permissions;
using TeamGrains.Silo.Permissions;

namespace TeamGrains.Silo.Tests.Permissions;

public sealed class PermissionCacheTests
{
    [Fact]
    public void AnswersOnlyForTheEpochItWasComputedAt()
    {
        var cache = new PermissionCache();
        cache.Set("u", "o", 7, PermissionSet.Of("apps:view"));

        Assert.True(cache.TryGet("u", "o", 7, out var hit));
        Assert.Equal(PermissionSet.Of("apps:view"), hit);
        Assert.False(cache.TryGet("u", "o", 8, out _));
        Assert.False(cache.TryGet("u", "other", 7, out _));
    }

    [Fact]
    public void GetOrComputeComputesOncePerEpoch()
    {
        var cache = new PermissionCache();
        var calls = 0;
        PermissionSet Compute(string name)
        {
            calls++;
            return PermissionSet.Of(name);
        }

        cache.GetOrCompute("u", "o", 1, "apps:view", Compute);
        var again = cache.GetOrCompute("u", "o", 1, "cli:use", Compute);
        var next = cache.GetOrCompute("u", "o", 2, "cli:use", Compute);

        Assert.Equal(2, calls);
        Assert.Equal(PermissionSet.Of("apps:view"), again);
        Assert.Equal(PermissionSet.Of("cli:use"), next);
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public void StaysWithinItsCapacity()
    {
        var cache = new PermissionCache(capacity: 4);
        for (var i = 0; i < 10; i++)
        {
            cache.Set($"u{i}", "o", 1, PermissionSet.Empty);
        }

        Assert.InRange(cache.Count, 1, 4);
        Assert.True(cache.TryGet("u9", "o", 1, out _));
    }
}
