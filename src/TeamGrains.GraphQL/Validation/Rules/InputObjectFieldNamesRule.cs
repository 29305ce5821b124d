using TeamGrains.GraphQL.Language;
using TeamGrains.GraphQL.Types;

namespace TeamGrains.GraphQL.Validation.Rules;

/// <summary>
/// Input Object Field Names: every field of an input object literal is defined by its type.
/// https://spec.graphql.org/September2025/#sec-Input-Object-Field-Names
/// </summary>
public sealed class InputObjectFieldNamesRule : ValidationRule
{
    public override void EnterValue(ValidationContext context, ValueNode node)
    {
        if (node is not ObjectValueNode obj || TypeFacts.GetNamedType(context.TypeInfo.InputType) is not InputObjectType type)
        {
            return;
        }

        foreach (var field in obj.Fields)
        {
            if (TypeFacts.FindInputValue(type.Fields, field.Name) is null)
            {
                context.ReportError(
                    $"Expected value of type \"{type.Name}\" not to include unknown field \"{field.Name}\", found: {ValuePrinter.Print(obj)}.",
                    field);
            }
        }
    }
}
