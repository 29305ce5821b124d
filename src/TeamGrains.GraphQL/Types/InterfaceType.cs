namespace TeamGrains.GraphQL.Types;

/// <summary>An interface (spec 3.7), possibly implementing other interfaces.</summary>
public sealed class InterfaceType(string name, string? description = null) : ComplexOutputType(name, description), IAbstractType
{
    private HashSet<ObjectType> _possible = [];

    public override TypeKind Kind => TypeKind.Interface;

    public IReadOnlyList<ObjectType> PossibleTypes { get; private set; } = [];

    public TypeResolver? TypeResolver { get; internal set; }

    public bool IsPossibleType(ObjectType type) => _possible.Contains(type);

    internal void SetPossibleTypes(IReadOnlyList<ObjectType> types)
    {
        PossibleTypes = types;
        _possible = [.. types];
    }
}
