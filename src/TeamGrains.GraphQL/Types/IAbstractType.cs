namespace TeamGrains.GraphQL.Types;

/// <summary>Interfaces and unions: resolved to one of their object types at run time (spec 6.4.3 ResolveAbstractType).</summary>
public interface IAbstractType
{
    string Name { get; }

    /// <summary>The object types a value of this type can be.</summary>
    IReadOnlyList<ObjectType> PossibleTypes { get; }

    /// <summary>Bound with <c>SchemaBuilder.ResolveType</c>; when null the executor uses its default rules.</summary>
    TypeResolver? TypeResolver { get; }

    bool IsPossibleType(ObjectType type);
}
