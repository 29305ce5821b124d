using TeamGrains.GraphQL.Language;

namespace TeamGrains.GraphQL.Validation.Rules;

/// <summary>
/// Directives Are Unique Per Location: a non-repeatable directive appears at most once on a node.
/// Unknown directives are left to <see cref="DirectivesAreDefinedRule"/>.
/// https://spec.graphql.org/September2025/#sec-Directives-Are-Unique-Per-Location
/// </summary>
public sealed class DirectivesAreUniquePerLocationRule : ValidationRule
{
    public override void EnterOperationDefinition(ValidationContext context, OperationDefinitionNode node) => Check(context, node.Directives);

    public override void EnterVariableDefinition(ValidationContext context, VariableDefinitionNode node) => Check(context, node.Directives);

    public override void EnterFragmentDefinition(ValidationContext context, FragmentDefinitionNode node) => Check(context, node.Directives);

    public override void EnterField(ValidationContext context, FieldNode node) => Check(context, node.Directives);

    public override void EnterFragmentSpread(ValidationContext context, FragmentSpreadNode node) => Check(context, node.Directives);

    public override void EnterInlineFragment(ValidationContext context, InlineFragmentNode node) => Check(context, node.Directives);

    private static void Check(ValidationContext context, IReadOnlyList<DirectiveNode> directives)
    {
        for (var i = 1; i < directives.Count; i++)
        {
            var name = directives[i].Name;
            for (var j = 0; j < i; j++)
            {
                if (directives[j].Name != name)
                {
                    continue;
                }

                if (context.Schema.GetDirective(name) is { IsRepeatable: false })
                {
                    context.ReportError($"The directive \"@{name}\" can only be used once at this location.", directives[j], directives[i]);
                }

                break;
            }
        }
    }
}
