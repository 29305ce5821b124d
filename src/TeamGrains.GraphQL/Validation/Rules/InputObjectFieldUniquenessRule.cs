using TeamGrains.GraphQL.Language;

namespace TeamGrains.GraphQL.Validation.Rules;

/// <summary>
/// Input Object Field Uniqueness: an input object literal names each field once.
/// https://spec.graphql.org/September2025/#sec-Input-Object-Field-Uniqueness
/// </summary>
public sealed class InputObjectFieldUniquenessRule : ValidationRule
{
    public override void EnterValue(ValidationContext context, ValueNode node)
    {
        if (node is not ObjectValueNode { Fields: { Count: > 1 } fields })
        {
            return;
        }

        for (var i = 1; i < fields.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (fields[j].Name == fields[i].Name)
                {
                    // Every later duplicate is reported against the first occurrence (as graphql-js does).
                    if (IsFirstOccurrence(fields, j))
                    {
                        context.ReportError($"There can be only one input field named \"{fields[i].Name}\".", fields[j], fields[i]);
                    }

                    break;
                }
            }
        }
    }

    private static bool IsFirstOccurrence(IReadOnlyList<ObjectFieldNode> fields, int index)
    {
        for (var i = 0; i < index; i++)
        {
            if (fields[i].Name == fields[index].Name)
            {
                return false;
            }
        }

        return true;
    }
}
