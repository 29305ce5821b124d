using System.Text;
using TeamGrains.GraphQL.Language;

namespace TeamGrains.GraphQL.Validation;

/// <summary>Prints a value literal for error messages the way graphql-js does: <c>{ a: [1, "x"] }</c>.</summary>
internal static class ValuePrinter
{
    public static string Print(ValueNode value)
    {
        var builder = new StringBuilder();
        Append(builder, value);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, ValueNode value)
    {
        switch (value)
        {
            case VariableNode variable:
                builder.Append('$').Append(variable.Name);
                break;
            case IntValueNode integer:
                builder.Append(integer.Value);
                break;
            case FloatValueNode number:
                builder.Append(number.Value);
                break;
            case StringValueNode text:
                AppendString(builder, text.Value);
                break;
            case BooleanValueNode boolean:
                builder.Append(boolean.Value ? "true" : "false");
                break;
            case NullValueNode:
                builder.Append("null");
                break;
            case EnumValueNode enumValue:
                builder.Append(enumValue.Value);
                break;
            case ListValueNode list:
                builder.Append('[');
                for (var i = 0; i < list.Values.Count; i++)
                {
                    builder.Append(i == 0 ? string.Empty : ", ");
                    Append(builder, list.Values[i]);
                }

                builder.Append(']');
                break;
            case ObjectValueNode obj:
                if (obj.Fields.Count == 0)
                {
                    builder.Append("{}");
                    break;
                }

                builder.Append("{ ");
                for (var i = 0; i < obj.Fields.Count; i++)
                {
                    builder.Append(i == 0 ? string.Empty : ", ").Append(obj.Fields[i].Name).Append(": ");
                    Append(builder, obj.Fields[i].Value);
                }

                builder.Append(" }");
                break;
        }
    }

    private static void AppendString(StringBuilder builder, string value)
    {
        builder.Append('"');
        foreach (var c in value)
        {
            _ = c switch
            {
                '"' => builder.Append("\\\""),
                '\\' => builder.Append("\\\\"),
                '\n' => builder.Append("\\n"),
                '\r' => builder.Append("\\r"),
                '\t' => builder.Append("\\t"),
                '\b' => builder.Append("\\b"),
                '\f' => builder.Append("\\f"),
                < ' ' => builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)),
                _ => builder.Append(c),
            };
        }

        builder.Append('"');
    }
}
