using TeamGrains.GraphQL.Language;

namespace TeamGrains.GraphQL.Validation.Rules;

/// <summary>
/// Variables are declared with types of the schema (the type-name half of "Variables Are Input
/// Types"; type conditions are <see cref="FragmentSpreadTypeExistenceRule"/>'s).
/// https://spec.graphql.org/September2025/#sec-Variables-Are-Input-Types
/// </summary>
public sealed class KnownTypeNamesRule : ValidationRule
{
    public override void EnterVariableDefinition(ValidationContext context, VariableDefinitionNode node)
    {
        var type = node.Type;
        while (type is not NamedTypeNode)
        {
            type = type is ListTypeNode list ? list.Type : ((NonNullTypeNode)type).Type;
        }

        var named = (NamedTypeNode)type;
        if (context.Schema.GetType(named.Name) is null)
        {
            context.ReportError($"Unknown type \"{named.Name}\".", named);
        }
    }
}
