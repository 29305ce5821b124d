namespace TeamGrains.GraphQL.Language;

public sealed partial class Parser
{
    /// <summary>
    /// TypeSystemExtension : SchemaExtension | TypeExtension;
    /// TypeExtension : ScalarTypeExtension | ObjectTypeExtension | InterfaceTypeExtension
    /// | UnionTypeExtension | EnumTypeExtension | InputObjectTypeExtension
    /// </summary>
    private DefinitionNode ParseTypeSystemExtension()
    {
        var location = _lexer.Location;
        ExpectKeyword("extend");
        if (_lexer.IsName("schema"))
        {
            return ParseSchemaExtension(location);
        }

        DefinitionNode extension;
        if (_lexer.IsName("scalar"))
        {
            _lexer.Advance();
            var name = ParseName();
            var directives = ParseDirectives(isConst: true);
            RequireSomething(directives.Count > 0);
            extension = new ScalarTypeExtensionNode { Name = name, Directives = directives, Location = location };
        }
        else if (_lexer.IsName("type") || _lexer.IsName("interface"))
        {
            extension = ParseObjectOrInterfaceExtension(location);
        }
        else if (_lexer.IsName("union"))
        {
            _lexer.Advance();
            var name = ParseName();
            var directives = ParseDirectives(isConst: true);
            var types = ParseUnionMemberTypes();
            RequireSomething(directives.Count > 0 || types.Count > 0);
            extension = new UnionTypeExtensionNode { Name = name, Directives = directives, Types = types, Location = location };
        }
        else if (_lexer.IsName("enum"))
        {
            _lexer.Advance();
            var name = ParseName();
            var directives = ParseDirectives(isConst: true);
            var values = ParseEnumValuesDefinition();
            RequireSomething(directives.Count > 0 || values.Count > 0);
            extension = new EnumTypeExtensionNode { Name = name, Directives = directives, Values = values, Location = location };
        }
        else if (_lexer.IsName("input"))
        {
            _lexer.Advance();
            var name = ParseName();
            var directives = ParseDirectives(isConst: true);
            var fields = ParseInputFieldsDefinition();
            RequireSomething(directives.Count > 0 || fields.Count > 0);
            extension = new InputObjectTypeExtensionNode { Name = name, Directives = directives, Fields = fields, Location = location };
        }
        else
        {
            throw Unexpected();
        }

        return extension;
    }

    /// <summary>
    /// SchemaExtension : extend schema Directives[Const]? { RootOperationTypeDefinition+ } | extend schema Directives[Const]
    /// </summary>
    private SchemaExtensionNode ParseSchemaExtension(Location location)
    {
        ExpectKeyword("schema");
        var directives = ParseDirectives(isConst: true);
        var operationTypes = ParseRootOperationTypes(required: false);
        RequireSomething(directives.Count > 0 || operationTypes.Count > 0);
        return new SchemaExtensionNode { Directives = directives, OperationTypes = operationTypes, Location = location };
    }

    /// <summary>
    /// ObjectTypeExtension : extend type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition | ...;
    /// InterfaceTypeExtension : extend interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition | ...
    /// </summary>
    private DefinitionNode ParseObjectOrInterfaceExtension(Location location)
    {
        var isInterface = _lexer.IsName("interface");
        _lexer.Advance();
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        RequireSomething(interfaces.Count > 0 || directives.Count > 0 || fields.Count > 0);
        if (isInterface)
        {
            return new InterfaceTypeExtensionNode { Name = name, Interfaces = interfaces, Directives = directives, Fields = fields, Location = location };
        }

        return new ObjectTypeExtensionNode { Name = name, Interfaces = interfaces, Directives = directives, Fields = fields, Location = location };
    }

    /// <summary>An extension must add something: otherwise the token after it is unexpected.</summary>
    private void RequireSomething(bool hasContent)
    {
        if (!hasContent)
        {
            throw Unexpected();
        }
    }
}
