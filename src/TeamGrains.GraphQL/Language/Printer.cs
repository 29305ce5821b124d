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
    private int _indent;

    private Printer()
    {
    }

    public static string Print(SyntaxNode node)
    {
        var printer = new Printer();
        printer.Write(node);
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
        WriteArguments(field.Arguments);
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

        _out.Append('(');
        for (var i = 0; i < arguments.Count; i++)
        {
            if (i > 0)
            {
                _out.Append(", ");
            }

            Write(arguments[i]);
        }

        _out.Append(')');
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
