using System.Globalization;
using System.Text;

namespace TeamGrains.GraphQL.Language;

public sealed partial class Printer
{
    private void WriteValue(ValueNode value)
    {
        switch (value)
        {
            case VariableNode variable: _out.Append('$').Append(variable.Name); break;
            case IntValueNode intValue: _out.Append(intValue.Value); break;
            case FloatValueNode floatValue: _out.Append(floatValue.Value); break;
            case StringValueNode stringValue: WriteString(stringValue); break;
            case BooleanValueNode booleanValue: _out.Append(booleanValue.Value ? "true" : "false"); break;
            case NullValueNode: _out.Append("null"); break;
            case EnumValueNode enumValue: _out.Append(enumValue.Value); break;
            case ListValueNode list:
                WriteItems("[", "]", list.Values, 2 + MeasureJoined(list.Values) > MaxLineLength, "[", "]");
                break;
            case ObjectValueNode objectValue:
                WriteItems("{ ", " }", objectValue.Fields, 4 + MeasureJoined(objectValue.Fields) > MaxLineLength, "{", "}");
                break;
        }
    }

    private void WriteType(TypeNode type)
    {
        switch (type)
        {
            case NamedTypeNode named: _out.Append(named.Name); break;
            case ListTypeNode list:
                _out.Append('[');
                WriteType(list.Type);
                _out.Append(']');
                break;
            case NonNullTypeNode nonNull:
                WriteType(nonNull.Type);
                _out.Append('!');
                break;
        }
    }

    /// <summary>Block strings stay block strings when the text allows it; everything else is quoted.</summary>
    private void WriteString(StringValueNode node)
    {
        if (node.Block && BlockString.TryPrint(node.Value, new string(' ', _indent * 2)) is { } block)
        {
            _out.Append(block);
            return;
        }

        WriteQuoted(_out, node.Value);
    }

    /// <summary>A regular string literal with escapes for quotes, backslashes and control characters.</summary>
    public static void WriteQuoted(StringBuilder builder, string value)
    {
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                default:
                    if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }
}
