namespace TeamGrains.GraphQL.Validation;

/// <summary>The executable directive locations (spec 2.12 ExecutableDirectiveLocation), as the schema spells them.</summary>
public static class ExecutableDirectiveLocations
{
    public const string Query = "QUERY";
    public const string Mutation = "MUTATION";
    public const string Subscription = "SUBSCRIPTION";
    public const string Field = "FIELD";
    public const string FragmentDefinition = "FRAGMENT_DEFINITION";
    public const string FragmentSpread = "FRAGMENT_SPREAD";
    public const string InlineFragment = "INLINE_FRAGMENT";
    public const string VariableDefinition = "VARIABLE_DEFINITION";
}
