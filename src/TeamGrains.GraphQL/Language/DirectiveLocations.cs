namespace TeamGrains.GraphQL.Language;

/// <summary>ExecutableDirectiveLocation and TypeSystemDirectiveLocation names (spec 3.13).</summary>
public static class DirectiveLocations
{
    public const string Query = "QUERY";
    public const string Mutation = "MUTATION";
    public const string Subscription = "SUBSCRIPTION";
    public const string Field = "FIELD";
    public const string FragmentDefinition = "FRAGMENT_DEFINITION";
    public const string FragmentSpread = "FRAGMENT_SPREAD";
    public const string InlineFragment = "INLINE_FRAGMENT";
    public const string VariableDefinition = "VARIABLE_DEFINITION";
    public const string Schema = "SCHEMA";
    public const string Scalar = "SCALAR";
    public const string Object = "OBJECT";
    public const string FieldDefinition = "FIELD_DEFINITION";
    public const string ArgumentDefinition = "ARGUMENT_DEFINITION";
    public const string Interface = "INTERFACE";
    public const string Union = "UNION";
    public const string Enum = "ENUM";
    public const string EnumValue = "ENUM_VALUE";
    public const string InputObject = "INPUT_OBJECT";
    public const string InputFieldDefinition = "INPUT_FIELD_DEFINITION";

    public static readonly IReadOnlyList<string> All =
    [
        Query, Mutation, Subscription, Field, FragmentDefinition, FragmentSpread, InlineFragment, VariableDefinition,
        Schema, Scalar, Object, FieldDefinition, ArgumentDefinition, Interface, Union, Enum, EnumValue, InputObject,
        InputFieldDefinition,
    ];

    public static bool IsValid(ReadOnlySpan<char> name)
    {
        foreach (var location in All)
        {
            if (name.SequenceEqual(location))
            {
                return true;
            }
        }

        return false;
    }
}
