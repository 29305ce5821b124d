using TeamGrains.GraphQL.Language;

namespace TeamGrains.GraphQL.Validation.Rules;

/// <summary>
/// Variables Are Input Types: a variable's type is a scalar, enum or input object (wrapped in lists
/// and non-null as wished), never an output-only type.
/// https://spec.graphql.org/September2025/#sec-Variables-Are-Input-Types
/// </summary>
public sealed class VariablesAreInputTypesRule : ValidationRule
{
    public override void EnterVariableDefinition(ValidationContext context, VariableDefinitionNode node)
    {
        if (TypeFacts.TypeFromAst(context.Schema, node.Type) is { } type && !TypeFacts.IsInputType(type))
        {
            context.ReportError(
                $"Variable \"${node.Variable.Name}\" cannot be non-input type \"{TypeFacts.Print(type)}\".",
                node.Type);
        }
    }
}
