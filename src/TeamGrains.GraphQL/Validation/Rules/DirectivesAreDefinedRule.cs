using TeamGrains.GraphQL.Language;

namespace TeamGrains.GraphQL.Validation.Rules;

/// <summary>
/// Directives Are Defined: every directive used is defined by the schema.
/// https://spec.graphql.org/September2025/#sec-Directives-Are-Defined
/// </summary>
public sealed class DirectivesAreDefinedRule : ValidationRule
{
    public override void EnterDirective(ValidationContext context, DirectiveNode node, string location)
    {
        if (context.TypeInfo.Directive is null)
        {
            context.ReportError($"Unknown directive \"@{node.Name}\".", node);
        }
    }
}
