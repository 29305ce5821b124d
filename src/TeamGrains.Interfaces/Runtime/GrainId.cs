namespace TeamGrains.Interfaces.Runtime;

/// <summary>The identity of one grain: its type name (the interface name without the leading I) and key.</summary>
public readonly record struct GrainId(string Type, string Key)
{
    /// <summary>The identity of the grain of interface <typeparamref name="TGrain"/> with this key.</summary>
    public static GrainId For<TGrain>(string key)
        where TGrain : IGrainWithStringKey
        => new(GrainTypeName.Of<TGrain>(), key);

    public override string ToString() => $"{Type}/{Key}";
}
