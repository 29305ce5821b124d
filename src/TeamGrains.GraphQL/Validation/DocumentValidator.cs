using TeamGrains.GraphQL.Language;
using TeamGrains.GraphQL.Types;
using TeamGrains.GraphQL.Validation.Rules;

namespace TeamGrains.GraphQL.Validation;

/// <summary>
/// Validation (spec 5): checks a parsed document against a schema before execution. All rules run
/// in one traversal (<see cref="ValidationWalker"/>); errors stop at <see cref="ValidationOptions.MaxErrors"/>.
/// https://spec.graphql.org/September2025/#sec-Validation
/// </summary>
public static class DocumentValidator
{
    /// <summary>The rules of spec section 5, in spec order.</summary>
    public static IReadOnlyList<ValidationRule> SpecifiedRules => SpecifiedRuleArray;

    private static readonly ValidationRule[] SpecifiedRuleArray =
    [
        new ExecutableDefinitionsRule(),
        new OperationTypeExistenceRule(),
        new OperationNameUniquenessRule(),
        new LoneAnonymousOperationRule(),
        new SingleRootFieldRule(),
        new FieldsOnCorrectTypeRule(),
        new FieldSelectionMergingRule(),
        new LeafFieldSelectionsRule(),
        new ArgumentNamesRule(),
        new ArgumentUniquenessRule(),
        new RequiredArgumentsRule(),
        new FragmentNameUniquenessRule(),
        new FragmentSpreadTypeExistenceRule(),
        new FragmentsOnCompositeTypesRule(),
        new FragmentsMustBeUsedRule(),
        new FragmentSpreadTargetDefinedRule(),
        new FragmentSpreadsMustNotFormCyclesRule(),
        new FragmentSpreadIsPossibleRule(),
        new ValuesOfCorrectTypeRule(),
        new InputObjectFieldNamesRule(),
        new InputObjectFieldUniquenessRule(),
        new InputObjectRequiredFieldsRule(),
        new DirectivesAreDefinedRule(),
        new DirectivesAreInValidLocationsRule(),
        new DirectivesAreUniquePerLocationRule(),
        new VariableUniquenessRule(),
        new VariablesAreInputTypesRule(),
        new AllVariableUsesDefinedRule(),
        new AllVariablesUsedRule(),
        new AllVariableUsagesAreAllowedRule(),
        new KnownTypeNamesRule(),
        new MaxIntrospectionDepthRule(),
    ];

    private static readonly ValidationRule[] LimitRules = [new MaxDepthRule(), new MaxFieldCountRule(), new MaxAliasesRule()];

    private static readonly ValidationRule[] SpecifiedAndLimitRules = [.. SpecifiedRuleArray, .. LimitRules];

    /// <summary>Validates the document; an empty list means it may be executed.</summary>
    public static IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        options ??= ValidationOptions.Default;
        var withLimits = options.MaxDepth is not null || options.MaxFieldCount is not null || options.MaxAliases is not null;
        var rules = (options.Rules, withLimits) switch
        {
            (null, false) => RuleSet.For(SpecifiedRuleArray),
            (null, true) => RuleSet.For(SpecifiedAndLimitRules),
            ({ } custom, false) => RuleSet.For(custom),
            ({ } custom, true) => RuleSet.ForWithLimits(custom, LimitRules),
        };

        var context = ValidationContext.Rent(schema, document, options);
        try
        {
            context.Walker.Walk(document, rules);
            return context.TakeErrors();
        }
        finally
        {
            context.Return();
        }
    }
}
