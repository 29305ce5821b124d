namespace TeamGrains.GraphQL.Language;

public sealed partial class Printer
{
    private void WriteTypeSystem(SyntaxNode node)
    {
        switch (node)
        {
            case SchemaDefinitionNode schema:
                WriteDescription(schema.Description);
                _out.Append("schema");
                WriteDirectives(schema.Directives);
                WriteOperationTypes(schema.OperationTypes);
                break;
            case SchemaExtensionNode schema:
                _out.Append("extend schema");
                WriteDirectives(schema.Directives);
                WriteOperationTypes(schema.OperationTypes);
                break;
            case TypeDefinitionNode definition:
                WriteDescription(definition.Description);
                WriteTypeHead(Keyword(definition), definition.Name, definition.Directives, definition);
                break;
            case TypeExtensionNode extension:
                WriteTypeHead("extend " + Keyword(extension), extension.Name, extension.Directives, extension);
                break;
            case DirectiveDefinitionNode directive:
                WriteDescription(directive.Description);
                _out.Append("directive @").Append(directive.Name);
                WriteArgumentDefinitions(directive.Arguments);
                _out.Append(directive.Repeatable ? " repeatable on " : " on ").AppendJoin(" | ", directive.Locations);
                break;
            case FieldDefinitionNode field: WriteFieldDefinition(field); break;
            case InputValueDefinitionNode input: WriteInputValueDefinition(input); break;
            case EnumValueDefinitionNode value:
                WriteDescription(value.Description);
                _out.Append(value.Name);
                WriteDirectives(value.Directives);
                break;
            case OperationTypeDefinitionNode operationType:
                _out.Append(Keyword(operationType.Operation)).Append(": ").Append(operationType.Type.Name);
                break;
        }
    }

    /// <summary>keyword Name implements A &amp; B @directives = members { body }: shared by definitions and extensions.</summary>
    private void WriteTypeHead(string keyword, string name, IReadOnlyList<DirectiveNode> directives, SyntaxNode node)
    {
        _out.Append(keyword).Append(' ').Append(name);
        var (interfaces, body, members) = node switch
        {
            ObjectTypeDefinitionNode n => (n.Interfaces, (IReadOnlyList<SyntaxNode>)n.Fields, null),
            ObjectTypeExtensionNode n => (n.Interfaces, n.Fields, null),
            InterfaceTypeDefinitionNode n => (n.Interfaces, n.Fields, null),
            InterfaceTypeExtensionNode n => (n.Interfaces, n.Fields, null),
            UnionTypeDefinitionNode n => (null, null, n.Types),
            UnionTypeExtensionNode n => (null, null, n.Types),
            EnumTypeDefinitionNode n => (null, n.Values, null),
            EnumTypeExtensionNode n => (null, n.Values, null),
            InputObjectTypeDefinitionNode n => (null, n.Fields, null),
            InputObjectTypeExtensionNode n => (null, n.Fields, null),
            _ => ((IReadOnlyList<NamedTypeNode>?)null, (IReadOnlyList<SyntaxNode>?)null, (IReadOnlyList<NamedTypeNode>?)null),
        };

        if (interfaces is { Count: > 0 })
        {
            _out.Append(" implements ");
            for (var i = 0; i < interfaces.Count; i++)
            {
                _out.Append(i > 0 ? " & " : string.Empty).Append(interfaces[i].Name);
            }
        }

        WriteDirectives(directives);
        if (members is { Count: > 0 })
        {
            _out.Append(" = ");
            for (var i = 0; i < members.Count; i++)
            {
                _out.Append(i > 0 ? " | " : string.Empty).Append(members[i].Name);
            }
        }

        WriteBlock(body);
    }

    private void WriteBlock(IReadOnlyList<SyntaxNode>? items)
    {
        if (items is not { Count: > 0 })
        {
            return;
        }

        _out.Append(" {");
        _indent++;
        for (var i = 0; i < items.Count; i++)
        {
            SeparateDescribedMember(items[i], i);
            NewLine();
            Write(items[i]);
        }

        _indent--;
        NewLine();
        _out.Append('}');
    }

    private void WriteOperationTypes(IReadOnlyList<OperationTypeDefinitionNode> operationTypes) => WriteBlock(operationTypes);

    private void WriteFieldDefinition(FieldDefinitionNode field)
    {
        WriteDescription(field.Description);
        _out.Append(field.Name);
        WriteArgumentDefinitions(field.Arguments);
        _out.Append(": ");
        WriteType(field.Type);
        WriteDirectives(field.Directives);
    }

    /// <summary>Arguments go on one line unless one has a description (graphql-js does the same).</summary>
    private void WriteArgumentDefinitions(IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        if (arguments.Count == 0)
        {
            return;
        }

        var multiline = false;
        foreach (var argument in arguments)
        {
            multiline |= argument.Description is not null;
        }

        _out.Append('(');
        if (multiline)
        {
            _indent++;
            for (var i = 0; i < arguments.Count; i++)
            {
                SeparateDescribedMember(arguments[i], i);
                NewLine();
                WriteInputValueDefinition(arguments[i]);
            }

            _indent--;
            NewLine();
        }
        else
        {
            for (var i = 0; i < arguments.Count; i++)
            {
                _out.Append(i > 0 ? ", " : string.Empty);
                WriteInputValueDefinition(arguments[i]);
            }
        }

        _out.Append(')');
    }

    private void WriteInputValueDefinition(InputValueDefinitionNode input)
    {
        WriteDescription(input.Description);
        _out.Append(input.Name).Append(": ");
        WriteType(input.Type);
        if (input.DefaultValue is not null)
        {
            _out.Append(" = ");
            WriteValue(input.DefaultValue);
        }

        WriteDirectives(input.Directives);
    }

    private void SeparateDescribedMember(SyntaxNode member, int index)
    {
        var described = member switch
        {
            FieldDefinitionNode f => f.Description is not null,
            InputValueDefinitionNode v => v.Description is not null,
            EnumValueDefinitionNode e => e.Description is not null,
            _ => false,
        };
        if (_schemaStyle && described && index > 0)
        {
            _out.Append('\n');
        }
    }

    private static string Keyword(SyntaxNode node) => node switch
    {
        ScalarTypeDefinitionNode or ScalarTypeExtensionNode => "scalar",
        ObjectTypeDefinitionNode or ObjectTypeExtensionNode => "type",
        InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => "interface",
        UnionTypeDefinitionNode or UnionTypeExtensionNode => "union",
        EnumTypeDefinitionNode or EnumTypeExtensionNode => "enum",
        _ => "input",
    };
}
