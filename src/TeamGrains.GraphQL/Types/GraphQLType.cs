namespace TeamGrains.GraphQL.Types;

/// <summary>Any type of the schema: a named type or a List/NonNull wrapper (spec 3.4).</summary>
public abstract class GraphQLType
{
    public abstract TypeKind Kind { get; }

    /// <summary>The named type under all wrappers.</summary>
    public abstract NamedType Named { get; }

    /// <summary>Input types: scalars, enums, input objects and wrappers of them (spec 3.4.2).</summary>
    public bool IsInputType => Named.Kind is TypeKind.Scalar or TypeKind.Enum or TypeKind.InputObject;

    /// <summary>Output types: everything but input objects (spec 3.4.2).</summary>
    public bool IsOutputType => Named.Kind is not TypeKind.InputObject;

    /// <summary>The type as written in GraphQL, e.g. <c>[String!]!</c>.</summary>
    public abstract override string ToString();
}
