using TeamGrains.GraphQL.Language;

namespace TeamGrains.GraphQL.Validation.Rules;

/// <summary>
/// Leaf Field Selections: scalar and enum fields have no selection set; object, interface and union
/// fields must have one, so every response ends in leaf values.
/// https://spec.graphql.org/September2025/#sec-Leaf-Field-Selections
/// </summary>
public sealed class LeafFieldSelectionsRule : ValidationRule
{
    public override void EnterField(ValidationContext context, FieldNode node)
    {
        if (context.TypeInfo.Type is not { } type)
        {
            return;
        }

        var named = TypeFacts.GetNamedType(type);
        if (TypeFacts.IsLeafType(named))
        {
            if (node.SelectionSet is not null)
            {
                context.ReportError(
                    $"Field \"{node.Name}\" must not have a selection since type \"{TypeFacts.Print(type)}\" has no subfields.",
                    node.SelectionSet);
            }
        }
        else if (node.SelectionSet is null)
        {
            context.ReportError(
                $"Field \"{node.Name}\" of type \"{TypeFacts.Print(type)}\" must have a selection of subfields. Did you mean \"{node.Name} {{ ... }}\"?",
                node);
        }
    }
}
