using TeamGrains.GraphQL.Language;

namespace TeamGrains.GraphQL.Validation.Rules;

/// <summary>
/// Fragments Must Be Used (spec 5.5.1.4): every fragment is spread, directly or through other
/// fragments, by at least one operation.
/// https://spec.graphql.org/September2025/#sec-Fragments-Must-Be-Used
/// </summary>
public sealed class FragmentsMustBeUsedRule : ValidationRule
{
    public override void LeaveDocument(ValidationContext context, DocumentNode node)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var definition in node.Definitions)
        {
            if (definition is OperationDefinitionNode operation)
            {
                foreach (var fragment in context.GetRecursivelyReferencedFragments(operation))
                {
                    used.Add(fragment.Name);
                }
            }
        }

        foreach (var definition in node.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment && !used.Contains(fragment.Name))
            {
                context.ReportError($"Fragment \"{fragment.Name}\" is never used.", fragment);
            }
        }
    }
}
