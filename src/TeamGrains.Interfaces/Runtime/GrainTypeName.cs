namespace TeamGrains.Interfaces.Runtime;

/// <summary>The grain type name used in <see cref="GrainId"/> and the change log: the interface name without its leading I.</summary>
public static class GrainTypeName
{
    public static string Of<TGrain>()
        where TGrain : IGrainWithStringKey
        => Cache<TGrain>.Name;

    public static string Of(Type grainInterface)
    {
        ArgumentNullException.ThrowIfNull(grainInterface);
        var name = grainInterface.Name;
        return name.Length > 1 && name[0] == 'I' && char.IsUpper(name[1]) ? name[1..] : name;
    }

    private static class Cache<TGrain>
    {
        public static readonly string Name = Of(typeof(TGrain));
    }
}
