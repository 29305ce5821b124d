using TeamGrains.GraphQL.Language;

namespace TeamGrains.GraphQL.Validation.Rules;

/// <summary>
/// Fragment Name Uniqueness: fragment definitions have distinct names.
/// https://spec.graphql.org/September2025/#sec-Fragment-Name-Uniqueness
/// </summary>
public sealed class FragmentNameUniquenessRule : ValidationRule
{
    public override void EnterDocument(ValidationContext context, DocumentNode node)
    {
        for (var definitionIndex = 0; definitionIndex < node.Definitions.Count; definitionIndex++)
        {
            var definition = node.Definitions[definitionIndex];
            // The context keeps the first definition of each name: every other one is a duplicate.
            if (definition is FragmentDefinitionNode fragment
                && context.GetFragment(fragment.Name) is { } first
                && !ReferenceEquals(first, fragment))
            {
                context.ReportError($"There can be only one fragment named \"{fragment.Name}\".", first, fragment);
            }
        }
    }
}
