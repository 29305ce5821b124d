using TeamGrains.GraphQL.Language;
using TeamGrains.GraphQL.Types;

namespace TeamGrains.GraphQL.Validation.Rules;

/// <summary>
/// Required Arguments: every non-null argument without a default value is provided (its value
/// being null is ValuesOfCorrectTypeRule's error).
/// https://spec.graphql.org/September2025/#sec-Required-Arguments
/// </summary>
public sealed class RequiredArgumentsRule : ValidationRule
{
    public override void EnterField(ValidationContext context, FieldNode node)
    {
        if (context.TypeInfo.FieldDefinition is { } field && context.TypeInfo.ParentType is { } parent)
        {
            Check(context, node, node.Arguments, field.Arguments, $"{parent.Name}.{field.Name}");
        }
    }

    public override void EnterDirective(ValidationContext context, DirectiveNode node, string location)
    {
        if (context.TypeInfo.Directive is { } directive)
        {
            Check(context, node, node.Arguments, directive.Arguments, "@" + directive.Name);
        }
    }

    private static void Check(
        ValidationContext context,
        SyntaxNode node,
        IReadOnlyList<ArgumentNode> given,
        IReadOnlyList<InputValueDefinition> definitions,
        string coordinate)
    {
        for (var definitionIndex = 0; definitionIndex < definitions.Count; definitionIndex++)
        {
            var definition = definitions[definitionIndex];
            if (definition.Type is NonNullType && !TypeFacts.HasDefault(definition) && !IsGiven(given, definition.Name))
            {
                context.ReportError(
                    $"Argument \"{coordinate}({definition.Name}:)\" of type \"{TypeFacts.Print(definition.Type)}\" is required, but it was not provided.",
                    node);
            }
        }
    }

    private static bool IsGiven(IReadOnlyList<ArgumentNode> given, string name)
    {
        for (var argumentIndex = 0; argumentIndex < given.Count; argumentIndex++)
        {
            var argument = given[argumentIndex];
            if (argument.Name == name)
            {
                return true;
            }
        }

        return false;
    }
}
