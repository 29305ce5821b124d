namespace TeamGrains.GraphQL.Types;

/// <summary>[OfType] (spec 3.11).</summary>
public sealed class ListType(GraphQLType ofType) : GraphQLType
{
    public GraphQLType OfType { get; } = ofType;

    public override TypeKind Kind => TypeKind.List;

    public override NamedType Named => OfType.Named;

    public override string ToString() => "[" + OfType + "]";
}
