using TeamGrains.GraphQL.Language;
using TeamGrains.GraphQL.Types;

namespace TeamGrains.GraphQL.Validation.Rules;

/// <summary>
/// All Variable Usages Are Allowed: a variable's type fits every position it is used in
/// (IsVariableUsageAllowed: a nullable variable may fill a non-null position only when the variable
/// or the position has a non-null default); variables inside a OneOf input object must be non-null.
/// https://spec.graphql.org/September2025/#sec-All-Variable-Usages-Are-Allowed
/// </summary>
public sealed class AllVariableUsagesAreAllowedRule : ValidationRule
{
    public override void LeaveDocument(ValidationContext context, DocumentNode node)
    {
        for (var definitionIndex = 0; definitionIndex < node.Definitions.Count; definitionIndex++)
        {
            var definition = node.Definitions[definitionIndex];
            if (definition is not OperationDefinitionNode { VariableDefinitions.Count: > 0 } operation)
            {
                continue;
            }

            var usages = context.GetRecursiveVariableUsages(operation);
            for (var usageIndex = 0; usageIndex < usages.Count; usageIndex++)
            {
                var usage = usages[usageIndex];
                if (usage.Type is not { } locationType
                    || AllVariableUsesDefinedRule.FindDefinition(operation, usage.Node.Name) is not { } variable
                    || TypeFacts.TypeFromAst(context.Schema, variable.Type) is not { } variableType)
                {
                    continue;
                }

                if (!IsAllowed(context.Schema, variableType, variable.DefaultValue, locationType, usage.HasLocationDefault))
                {
                    context.ReportError(
                        $"Variable \"${usage.Node.Name}\" of type \"{TypeFacts.Print(variableType)}\" used in position expecting type \"{TypeFacts.Print(locationType)}\".",
                        variable,
                        usage.Node);
                }

                if (usage.InOneOfObject && variableType is not NonNullType)
                {
                    context.ReportError(
                        $"Variable \"${usage.Node.Name}\" is of type \"{TypeFacts.Print(variableType)}\" but must be non-nullable to be used for OneOf Input Object.",
                        variable,
                        usage.Node);
                }
            }
        }
    }

    private static bool IsAllowed(Schema schema, GraphQLType variableType, ValueNode? variableDefault, GraphQLType locationType, bool locationHasDefault)
    {
        if (locationType is NonNullType nonNullLocation && variableType is not NonNullType)
        {
            var hasNonNullVariableDefault = variableDefault is not null and not NullValueNode;
            if (!hasNonNullVariableDefault && !locationHasDefault)
            {
                return false;
            }

            return TypeFacts.IsTypeSubTypeOf(schema, variableType, nonNullLocation.OfType);
        }

        return TypeFacts.IsTypeSubTypeOf(schema, variableType, locationType);
    }
}
