namespace TeamGrains.GraphQL.Types;

/// <summary>A union of object types (spec 3.8).</summary>
public sealed class UnionType(string name, string? description = null) : NamedType(name, description), IAbstractType
{
    private HashSet<ObjectType> _possible = [];

    public override TypeKind Kind => TypeKind.Union;

    /// <summary>The member types in definition order.</summary>
    public IReadOnlyList<ObjectType> Types { get; private set; } = [];

    public IReadOnlyList<ObjectType> PossibleTypes => Types;

    public TypeResolver? TypeResolver { get; internal set; }

    public bool IsPossibleType(ObjectType type) => _possible.Contains(type);

    internal void SetTypes(IReadOnlyList<ObjectType> types)
    {
        Types = types;
        _possible = [.. types];
    }
}
