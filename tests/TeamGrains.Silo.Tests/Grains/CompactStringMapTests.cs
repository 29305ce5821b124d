using TeamGrains.Silo.Grains.Shared;

namespace TeamGrains.Silo.Tests.Grains;

public sealed class CompactStringMapTests
{
    private sealed record Item(string Key, int Value);

    [Fact]
    public void BehavesAsADictionaryWithOrdinalKeysInKeyOrder()
    {
        var map = new CompactStringMap<Item>();
        string[] keys = ["m", "b", "z", "a", "B", "k", "y", "c"];
        foreach (var key in keys)
        {
            map[key] = new Item(key, 1);
        }

        map["k"] = new Item("k", 2);
        Assert.Equal(keys.Length, map.Count);
        Assert.Equal(keys.Order(StringComparer.Ordinal), map.Values.Select(i => i.Key));
        Assert.Equal(2, map["k"].Value);
        Assert.True(map.ContainsKey("B"));
        Assert.False(map.ContainsKey("x"));
        Assert.Null(map.GetValueOrDefault("x"));
        Assert.Throws<KeyNotFoundException>(() => map["x"]);

        Assert.True(map.Remove("a"));
        Assert.True(map.Remove("z"));
        Assert.False(map.Remove("a"));
        Assert.False(map.TryGetValue("a", out _));
        Assert.True(map.TryGetValue("y", out var y));
        Assert.Equal("y", y.Key);
        Assert.Equal(["B", "b", "c", "k", "m", "y"], map.Values.Select(i => i.Key));
    }

    [Fact]
    public void BuiltFromValuesSortsThemAndTheLastOfAKeyWins()
    {
        var map = new CompactStringMap<Item>([new("u2", 1), new("u1", 1), new("u2", 2), new("u3", 1)], i => i.Key);

        Assert.Equal(3, map.Count);
        Assert.Equal(["u1", "u2", "u3"], map.Values.Select(i => i.Key));
        Assert.Equal(2, map["u2"].Value);
        map["u0"] = new Item("u0", 1);
        Assert.Equal("u0", map.Values.First().Key);
    }
}
