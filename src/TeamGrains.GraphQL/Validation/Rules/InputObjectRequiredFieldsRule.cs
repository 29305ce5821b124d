using TeamGrains.GraphQL.Language;
using TeamGrains.GraphQL.Types;

namespace TeamGrains.GraphQL.Validation.Rules;

/// <summary>
/// Input Object Required Fields: an input object literal provides every non-null field that has no
/// default value.
/// https://spec.graphql.org/September2025/#sec-Input-Object-Required-Fields
/// </summary>
public sealed class InputObjectRequiredFieldsRule : ValidationRule
{
    public override void EnterValue(ValidationContext context, ValueNode node)
    {
        if (node is not ObjectValueNode obj || TypeFacts.GetNamedType(context.TypeInfo.InputType) is not InputObjectType type)
        {
            return;
        }

        foreach (var definition in type.Fields)
        {
            if (definition.Type is NonNullType && !TypeFacts.HasDefault(definition) && !Provides(obj, definition.Name))
            {
                context.ReportError(
                    $"Expected value of type \"{type.Name}\" to include required field \"{definition.Name}\", found: {ValuePrinter.Print(obj)}.",
                    obj);
            }
        }
    }

    private static bool Provides(ObjectValueNode obj, string name)
    {
        foreach (var field in obj.Fields)
        {
            if (field.Name == name)
            {
                return true;
            }
        }

        return false;
    }
}
