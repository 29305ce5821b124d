namespace TeamGrains.GraphQL.Types;

/// <summary>The kinds of types (spec 4.2.3 __TypeKind).</summary>
public enum TypeKind
{
    Scalar,
    Object,
    Interface,
    Union,
    Enum,
    InputObject,
    List,
    NonNull,
}
