using TeamGrains.GraphQL.Language;

namespace TeamGrains.GraphQL.Validation.Rules;

/// <summary>
/// Directives Are In Valid Locations: a directive is used only where its definition allows.
/// https://spec.graphql.org/September2025/#sec-Directives-Are-In-Valid-Locations
/// </summary>
public sealed class DirectivesAreInValidLocationsRule : ValidationRule
{
    public override void EnterDirective(ValidationContext context, DirectiveNode node, string location)
    {
        if (context.TypeInfo.Directive is { } directive && !directive.Locations.Contains(location))
        {
            context.ReportError($"Directive \"@{node.Name}\" may not be used on {location}.", node);
        }
    }
}
