namespace TeamGrains.Interfaces.Runtime;

/// <summary>The identity of one grain: its type name (the interface name without the leading I) and key.</summary>
public readonly record struct GrainId(string Type, string Key)
{
    public override string ToString() => $"{Type}/{Key}";
}
