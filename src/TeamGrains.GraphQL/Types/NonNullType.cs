namespace TeamGrains.GraphQL.Types;

/// <summary>OfType! (spec 3.12); never wraps another NonNullType.</summary>
public sealed class NonNullType : GraphQLType
{
    public NonNullType(GraphQLType ofType)
    {
        if (ofType is NonNullType)
        {
            throw new ArgumentException("A non-null type cannot wrap another non-null type.", nameof(ofType));
        }

        OfType = ofType;
    }

    public GraphQLType OfType { get; }

    public override TypeKind Kind => TypeKind.NonNull;

    public override NamedType Named => OfType.Named;

    public override string ToString() => OfType + "!";
}
