using TeamGrains.GraphQL.Language;

namespace TeamGrains.GraphQL.Validation.Rules;

/// <summary>
/// Fragments Must Be Used: every fragment is spread, directly or through other
/// fragments, by at least one operation.
/// https://spec.graphql.org/September2025/#sec-Fragments-Must-Be-Used
/// </summary>
public sealed class FragmentsMustBeUsedRule : ValidationRule
{
    public override void LeaveDocument(ValidationContext context, DocumentNode node)
    {
        if (context.FragmentCount == 0)
        {
            return;
        }

        var used = new HashSet<string>(StringComparer.Ordinal);
        for (var definitionIndex = 0; definitionIndex < node.Definitions.Count; definitionIndex++)
        {
            var definition = node.Definitions[definitionIndex];
            if (definition is OperationDefinitionNode operation)
            {
                foreach (var fragment in context.GetRecursivelyReferencedFragments(operation))
                {
                    used.Add(fragment.Name);
                }
            }
        }

        for (var definitionIndex = 0; definitionIndex < node.Definitions.Count; definitionIndex++)
        {
            var definition = node.Definitions[definitionIndex];
            if (definition is FragmentDefinitionNode fragment && !used.Contains(fragment.Name))
            {
                context.ReportError($"Fragment \"{fragment.Name}\" is never used.", fragment);
            }
        }
    }
}
