using TeamGrains.GraphQL.Language;

namespace TeamGrains.GraphQL.Types;

/// <summary>A field of an object or interface type (spec 3.6), with its resolver bound by the schema builder.</summary>
public sealed class FieldDefinition
{
    private Dictionary<string, InputValueDefinition>? _argumentMap;

    internal FieldDefinition(string name, string? description, GraphQLType type, IReadOnlyList<InputValueDefinition> arguments,
        string? deprecationReason, IReadOnlyList<DirectiveNode> appliedDirectives)
    {
        Name = name;
        Description = description;
        Type = type;
        Arguments = arguments;
        DeprecationReason = deprecationReason;
        AppliedDirectives = appliedDirectives;
    }

    public string Name { get; }

    public string? Description { get; }

    public GraphQLType Type { get; }

    public IReadOnlyList<InputValueDefinition> Arguments { get; }

    public string? DeprecationReason { get; }

    public bool IsDeprecated => DeprecationReason is not null;

    public IReadOnlyList<DirectiveNode> AppliedDirectives { get; }

    /// <summary>The bound resolver; null means the default resolver (property or dictionary entry by name).</summary>
    public FieldResolver? Resolver { get; internal set; }

    /// <summary>For Subscription root fields: the source of events (spec 6.2.3.1 CreateSourceEventStream).</summary>
    public SubscriptionSource? SubscriptionSource { get; internal set; }

    /// <summary>The object or interface type that declares the field.</summary>
    public ComplexOutputType DeclaringType { get; internal set; } = null!;

    /// <summary>The default resolver's last (CLR type, property accessor) pair: most fields only ever see one type.</summary>
    internal object? AccessorCache { get; set; }

    /// <summary>Whether the field is a scalar or enum (possibly non-null) resolved by the default resolver: the executor's fast path.</summary>
    internal bool IsDefaultLeaf => Resolver is null && (Type is NonNullType { OfType: NamedType named } ? named.IsLeaf : Type is NamedType { IsLeaf: true });

    public InputValueDefinition? GetArgument(string name)
    {
        if (Arguments.Count == 0)
        {
            return null;
        }

        _argumentMap ??= Arguments.ToDictionary(a => a.Name, StringComparer.Ordinal);
        return _argumentMap.GetValueOrDefault(name);
    }

    public override string ToString() => DeclaringType?.Name + "." + Name;
}
