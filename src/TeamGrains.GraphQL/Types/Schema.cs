using TeamGrains.GraphQL.Language;

namespace TeamGrains.GraphQL.Types;

/// <summary>
/// A validated, immutable schema (spec 3.3), built by <see cref="SchemaBuilder"/>. It holds every named
/// type (including introspection types), the directives, the root operation types and the bindings.
/// </summary>
public sealed class Schema
{
    private readonly Dictionary<string, NamedType> _typeMap;
    private readonly Dictionary<string, DirectiveDefinition> _directiveMap;
    private readonly Dictionary<Type, ObjectType> _runtimeTypes;

    internal Schema(
        string? description,
        ObjectType queryType,
        ObjectType? mutationType,
        ObjectType? subscriptionType,
        IReadOnlyList<NamedType> types,
        IReadOnlyList<DirectiveDefinition> directives,
        IReadOnlyList<DirectiveNode> appliedDirectives,
        Dictionary<Type, ObjectType> runtimeTypes)
    {
        Description = description;
        QueryType = queryType;
        MutationType = mutationType;
        SubscriptionType = subscriptionType;
        Types = types;
        Directives = directives;
        AppliedDirectives = appliedDirectives;
        _runtimeTypes = runtimeTypes;
        _typeMap = types.ToDictionary(t => t.Name, StringComparer.Ordinal);
        _directiveMap = directives.ToDictionary(d => d.Name, StringComparer.Ordinal);
    }

    public string? Description { get; }

    /// <summary>__schema: __Schema! on the query type (spec 4.4), bound when the schema is built.</summary>
    internal FieldDefinition SchemaMetaField { get; set; } = null!;

    /// <summary>__type(name: String!): __Type on the query type (spec 4.4).</summary>
    internal FieldDefinition TypeMetaField { get; set; } = null!;

    public ObjectType QueryType { get; }

    public ObjectType? MutationType { get; }

    public ObjectType? SubscriptionType { get; }

    /// <summary>All named types in definition order: specified scalars, user types, introspection types.</summary>
    public IReadOnlyList<NamedType> Types { get; }

    public IReadOnlyList<DirectiveDefinition> Directives { get; }

    public IReadOnlyList<DirectiveNode> AppliedDirectives { get; }

    public NamedType? GetType(string name) => _typeMap.GetValueOrDefault(name);

    public DirectiveDefinition? GetDirective(string name) => _directiveMap.GetValueOrDefault(name);

    public ObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => QueryType,
        OperationType.Mutation => MutationType,
        _ => SubscriptionType,
    };

    /// <summary>The object types a value of an abstract type can be; for an object type, itself.</summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(NamedType type) => type switch
    {
        IAbstractType abstractType => abstractType.PossibleTypes,
        ObjectType objectType => [objectType],
        _ => [],
    };

    /// <summary>Whether <paramref name="maybeSubType"/> is a member of the union, or implements the interface.</summary>
    public bool IsSubType(NamedType abstractType, NamedType maybeSubType) => (abstractType, maybeSubType) switch
    {
        (UnionType union, ObjectType objectType) => union.IsPossibleType(objectType),
        (InterfaceType iface, ComplexOutputType complex) => complex.Implements(iface),
        _ => false,
    };

    /// <summary>Whether two composite types can describe the same object (used for fragment spreads, spec 5.5.2.3).</summary>
    public bool DoTypesOverlap(NamedType a, NamedType b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a is IAbstractType abstractA)
        {
            if (b is IAbstractType abstractB)
            {
                foreach (var type in abstractA.PossibleTypes)
                {
                    if (abstractB.IsPossibleType(type))
                    {
                        return true;
                    }
                }

                return false;
            }

            return b is ObjectType objectB && abstractA.IsPossibleType(objectB);
        }

        return b is IAbstractType abstractOfB && a is ObjectType objectA && abstractOfB.IsPossibleType(objectA);
    }

    /// <summary>The object type bound to a .NET type with <see cref="SchemaBuilder.BindRuntimeType"/> (or of the same name).</summary>
    internal ObjectType? GetRuntimeType(Type clrType)
    {
        if (_runtimeTypes.TryGetValue(clrType, out var bound))
        {
            return bound;
        }

        return GetType(clrType.Name) as ObjectType;
    }
}
