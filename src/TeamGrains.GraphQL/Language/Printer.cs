using System.Globalization;
using System.Text;

namespace TeamGrains.GraphQL.Language;

/// <summary>
/// AST → canonical GraphQL text (graphql-js <c>print</c>): two-space indentation, one selection per
/// line, definitions separated by a blank line. Reparsing the output gives the same AST.
/// </summary>
public sealed partial class Printer
{
    private readonly StringBuilder _out = new();
    private const int MaxLineLength = 80;
    private int _indent;

    /// <summary>graphql-js printSchema style: a blank line before every described member but the first.</summary>
    private bool _schemaStyle;

    private Printer()
    {
    }

    public static string Print(SyntaxNode node)
    {
        var printer = new Printer();
        printer.Write(node);
        return printer._out.ToString();
    }

    /// <summary>Prints type-system definitions the way graphql-js <c>printSchema</c> lays them out.</summary>
    internal static string PrintSchemaStyle(DocumentNode document)
    {
        var printer = new Printer { _schemaStyle = true };
        printer.Write(document);
        return printer._out.ToString();
    }

    private void Write(SyntaxNode node)
    {
        switch (node)
        {
            case DocumentNode document:
                for (var i = 0; i < document.Definitions.Count; i++)
                {
                    if (i > 0)
                    {
                        _out.Append("\n\n");
                    }

                    Write(document.Definitions[i]);
                }

                break;
            case OperationDefinitionNode operation: WriteOperation(operation); break;
            case FragmentDefinitionNode fragment: WriteFragmentDefinition(fragment); break;
            case VariableDefinitionNode variable: WriteVariableDefinition(variable); break;
            case SelectionSetNode selectionSet: WriteSelectionSet(selectionSet); break;
            case FieldNode field: WriteField(field); break;
            case FragmentSpreadNode spread:
                _out.Append("...").Append(spread.Name);
                WriteDirectives(spread.Directives);
                break;
            case InlineFragmentNode inline:
                _out.Append("...");
                if (inline.TypeCondition is not null)
                {
                    _out.Append(" on ").Append(inline.TypeCondition.Name);
                }

                WriteDirectives(inline.Directives);
                _out.Append(' ');
                WriteSelectionSet(inline.SelectionSet);
                break;
            case ArgumentNode argument:
                _out.Append(argument.Name).Append(": ");
                Write(argument.Value);
                break;
            case DirectiveNode directive:
                _out.Append('@').Append(directive.Name);
                WriteArguments(directive.Arguments);
                break;
            case ValueNode value: WriteValue(value); break;
            case TypeNode type: WriteType(type); break;
            case ObjectFieldNode objectField:
                _out.Append(objectField.Name).Append(": ");
                WriteValue(objectField.Value);
                break;
            default:
                WriteTypeSystem(node);
                break;
        }
    }

    private void WriteOperation(OperationDefinitionNode operation)
    {
        var isShorthand = operation.Operation == OperationType.Query && operation.Name is null
            && operation.Description is null && operation.VariableDefinitions.Count == 0 && operation.Directives.Count == 0;
        if (!isShorthand)
        {
            WriteDescription(operation.Description);
            _out.Append(Keyword(operation.Operation));
            if (operation.Name is not null)
            {
                _out.Append(' ').Append(operation.Name);
            }

            if (operation.VariableDefinitions.Count > 0)
            {
                _out.Append('(');
                for (var i = 0; i < operation.VariableDefinitions.Count; i++)
                {
                    if (i > 0)
                    {
                        _out.Append(", ");
                    }

                    WriteVariableDefinition(operation.VariableDefinitions[i]);
                }

                _out.Append(')');
            }

            WriteDirectives(operation.Directives);
            _out.Append(' ');
        }

        WriteSelectionSet(operation.SelectionSet);
    }

    private void WriteFragmentDefinition(FragmentDefinitionNode fragment)
    {
        WriteDescription(fragment.Description);
        _out.Append("fragment ").Append(fragment.Name).Append(" on ").Append(fragment.TypeCondition.Name);
        WriteDirectives(fragment.Directives);
        _out.Append(' ');
        WriteSelectionSet(fragment.SelectionSet);
    }

    private void WriteVariableDefinition(VariableDefinitionNode variable)
    {
        if (variable.Description is not null)
        {
            WriteString(variable.Description);
            _out.Append(' ');
        }

        _out.Append('$').Append(variable.Variable.Name).Append(": ");
        WriteType(variable.Type);
        if (variable.DefaultValue is not null)
        {
            _out.Append(" = ");
            WriteValue(variable.DefaultValue);
        }

        WriteDirectives(variable.Directives);
    }

    private void WriteSelectionSet(SelectionSetNode selectionSet)
    {
        _out.Append('{');
        _indent++;
        foreach (var selection in selectionSet.Selections)
        {
            NewLine();
            Write(selection);
        }

        _indent--;
        NewLine();
        _out.Append('}');
    }

    private void WriteField(FieldNode field)
    {
        if (field.Alias is not null)
        {
            _out.Append(field.Alias).Append(": ");
        }

        _out.Append(field.Name);
        WriteFieldArguments(field.Alias is null ? field.Name : field.Alias + ": " + field.Name, field.Arguments);
        WriteDirectives(field.Directives);
        if (field.SelectionSet is not null)
        {
            _out.Append(' ');
            WriteSelectionSet(field.SelectionSet);
        }
    }

    private void WriteArguments(IReadOnlyList<ArgumentNode> arguments)
    {
        if (arguments.Count == 0)
        {
            return;
        }

        WriteItems("(", ")", arguments, false, "(", ")");
    }

    /// <summary>Field arguments wrap one per line when the field's line would pass 80 characters (graphql-js 17).</summary>
    private void WriteFieldArguments(string prefix, IReadOnlyList<ArgumentNode> arguments)
    {
        if (arguments.Count > 0)
        {
            WriteItems("(", ")", arguments, prefix.Length + MeasureJoined(arguments) + 2 > MaxLineLength, "(", ")");
        }
    }

    /// <summary>Items on one line ("a, b") between open and close, or one per line, indented, between the multi-line delimiters.</summary>
    private void WriteItems<T>(string open, string close, IReadOnlyList<T> items, bool multiline, string multilineOpen, string multilineClose)
        where T : SyntaxNode
    {
        if (!multiline)
        {
            _out.Append(open);
            for (var i = 0; i < items.Count; i++)
            {
                _out.Append(i > 0 ? ", " : string.Empty);
                Write(items[i]);
            }

            _out.Append(close);
            return;
        }

        _out.Append(multilineOpen);
        _indent++;
        foreach (var item in items)
        {
            NewLine();
            Write(item);
        }

        _indent--;
        NewLine();
        _out.Append(multilineClose);
    }

    /// <summary>Printed length of the items joined by ", " (each printed at indentation zero), to decide on wrapping.</summary>
    private static int MeasureJoined<T>(IReadOnlyList<T> items)
        where T : SyntaxNode
    {
        var length = items.Count > 1 ? 2 * (items.Count - 1) : 0;
        foreach (var item in items)
        {
            var printer = new Printer();
            printer.Write(item);
            length += printer._out.Length;
        }

        return length;
    }

    private void WriteDirectives(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            _out.Append(' ');
            Write(directive);
        }
    }

    private void WriteDescription(StringValueNode? description)
    {
        if (description is null)
        {
            return;
        }

        WriteString(description);
        NewLine();
    }

    private void NewLine()
    {
        _out.Append('\n');
        _out.Append(' ', _indent * 2);
    }

    private static string Keyword(OperationType operation) => operation switch
    {
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => "query",
    };
}
