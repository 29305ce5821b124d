using TeamGrains.GraphQL.Language;

namespace TeamGrains.GraphQL.Types;

/// <summary>A type with a name: scalar, object, interface, union, enum or input object (spec 3.4).</summary>
public abstract class NamedType : GraphQLType
{
    protected NamedType(string name, string? description)
    {
        Name = name;
        Description = description;
    }

    public string Name { get; }

    public string? Description { get; internal set; }

    /// <summary>Directives applied to the type in SDL (including extensions).</summary>
    public IReadOnlyList<DirectiveNode> AppliedDirectives { get; internal set; } = [];

    public override NamedType Named => this;

    /// <summary>Leaf types are scalars and enums: the end of a selection.</summary>
    public bool IsLeaf => Kind is TypeKind.Scalar or TypeKind.Enum;

    /// <summary>Abstract types are interfaces and unions, resolved to an object type at run time.</summary>
    public bool IsAbstract => Kind is TypeKind.Interface or TypeKind.Union;

    public override string ToString() => Name;
}
