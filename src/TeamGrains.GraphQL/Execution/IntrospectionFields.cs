using TeamGrains.GraphQL.Types;

namespace TeamGrains.GraphQL.Execution;

/// <summary>The meta-field __typename (spec 4.4), valid on every object type; __schema and __type live on the <see cref="Schema"/>.</summary>
internal static class IntrospectionFields
{
    public static readonly FieldDefinition TypeName = new("__typename", "The name of the current Object type at runtime.",
        new NonNullType(ScalarType.String), [], null, []);
}
