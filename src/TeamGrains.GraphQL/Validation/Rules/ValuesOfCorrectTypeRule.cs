using TeamGrains.GraphQL.Language;
using TeamGrains.GraphQL.Types;

namespace TeamGrains.GraphQL.Validation.Rules;

/// <summary>
/// Values of Correct Type: every literal (argument or variable default) can be coerced to the input
/// type expected there — scalars by their literal rules, enums by value name, lists item by item
/// (a lone item stands for a one-item list), null only where nullable, and a OneOf input object
/// with exactly one non-null field. Unknown and missing input fields are checked by
/// <see cref="InputObjectFieldNamesRule"/> and <see cref="InputObjectRequiredFieldsRule"/>.
/// https://spec.graphql.org/September2025/#sec-Values-of-Correct-Type
/// </summary>
public sealed class ValuesOfCorrectTypeRule : ValidationRule
{
    public override void EnterArgument(ValidationContext context, ArgumentNode node) =>
        Check(context, node.Value, context.TypeInfo.InputType);

    public override void EnterVariableDefinition(ValidationContext context, VariableDefinitionNode node)
    {
        if (node.DefaultValue is { } defaultValue
            && TypeFacts.TypeFromAst(context.Schema, node.Type) is { } type
            && TypeFacts.IsInputType(type))
        {
            Check(context, defaultValue, type);
        }
    }

    private static void Check(ValidationContext context, ValueNode value, GraphQLType? type)
    {
        if (type is null || value is VariableNode)
        {
            return;
        }

        if (type is NonNullType nonNull)
        {
            if (value is NullValueNode)
            {
                context.ReportError($"Expected value of non-null type \"{TypeFacts.Print(type)}\" not to be null.", value);
                return;
            }

            type = nonNull.OfType;
        }

        if (value is NullValueNode)
        {
            return;
        }

        switch (type)
        {
            case ListType list:
                if (value is ListValueNode items)
                {
                    foreach (var item in items.Values)
                    {
                        Check(context, item, list.OfType);
                    }
                }
                else
                {
                    Check(context, value, list.OfType);
                }

                break;
            case InputObjectType inputObject:
                CheckInputObject(context, value, inputObject);
                break;
            case EnumType enumType:
                CheckEnum(context, value, enumType);
                break;
            case ScalarType scalar:
                if (ScalarLiterals.Check(scalar, value) is { } message)
                {
                    context.ReportError(message, value);
                }

                break;
        }
    }

    private static void CheckInputObject(ValidationContext context, ValueNode value, InputObjectType type)
    {
        if (value is not ObjectValueNode obj)
        {
            context.ReportError($"Expected value of type \"{type.Name}\" to be an object, found: {ValuePrinter.Print(value)}.", value);
            return;
        }

        foreach (var field in obj.Fields)
        {
            if (TypeFacts.FindInputValue(type.Fields, field.Name) is { } definition)
            {
                Check(context, field.Value, definition.Type);
            }
        }

        if (type.IsOneOf && (obj.Fields.Count != 1 || obj.Fields[0].Value is NullValueNode))
        {
            context.ReportError(
                $"Within OneOf Input Object type \"{type.Name}\", exactly one field must be specified, and the value for that field must be non-null.",
                value);
        }
    }

    private static void CheckEnum(ValidationContext context, ValueNode value, EnumType type)
    {
        if (value is not EnumValueNode enumValue)
        {
            context.ReportError($"Enum \"{type.Name}\" cannot represent non-enum value: {ValuePrinter.Print(value)}.", value);
        }
        else if (type.GetValue(enumValue.Value) is null)
        {
            context.ReportError($"Value \"{enumValue.Value}\" does not exist in \"{type.Name}\" enum.", value);
        }
    }
}
