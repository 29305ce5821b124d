using TeamGrains.GraphQL.Execution;
using TeamGrains.GraphQL.Introspection;
using TeamGrains.GraphQL.Language;

namespace TeamGrains.GraphQL.Types;

/// <summary>
/// The work of <see cref="SchemaBuilder.Build"/>: collects definitions and extensions from the SDL
/// documents (after the built-in prelude), creates the named types, fills their fields, members and
/// values, applies the bindings, then runs <see cref="SchemaValidator"/>. Errors are gathered, not thrown one by one.
/// </summary>
internal sealed partial class SchemaAssembler
{
    private readonly SchemaBuilder _builder;
    private readonly List<string> _errors = [];
    private readonly Dictionary<string, TypeDefinitionNode> _definitions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<TypeExtensionNode>> _extensions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NamedType> _types = new(StringComparer.Ordinal);
    private readonly List<NamedType> _typeOrder = [];
    private readonly List<DirectiveDefinitionNode> _directiveNodes = [];
    private readonly List<SchemaDefinitionNode> _schemaDefinitions = [];
    private readonly List<SchemaExtensionNode> _schemaExtensions = [];
    private readonly HashSet<string> _preludeNames = new(StringComparer.Ordinal);

    public SchemaAssembler(SchemaBuilder builder)
    {
        _builder = builder;
    }

    public Schema Assemble()
    {
        foreach (var scalar in ScalarType.Specified)
        {
            _types[scalar.Name] = scalar;
            _typeOrder.Add(scalar);
        }

        Collect(Prelude.Document, isPrelude: true);
        foreach (var document in _builder.Documents)
        {
            Collect(document, isPrelude: false);
        }

        CreateTypes();
        foreach (var type in _typeOrder)
        {
            FillType(type);
        }

        var directives = CreateDirectives();
        var (query, mutation, subscription, description, applied) = ResolveRootTypes();
        ComputePossibleTypes();
        BindResolvers();
        CoerceDefaultValues(directives);
        var runtimeTypes = BindRuntimeTypes();
        if (query is null || _errors.Count > 0)
        {
            throw new SchemaValidationException(_errors.Count > 0 ? _errors : ["Query root type must be provided."]);
        }

        // Introspection lists the user's types first, then the specified scalars, then the introspection types.
        var ordered = _typeOrder.Where(t => !_preludeNames.Contains(t.Name) && t is not ScalarType { IsSpecified: true })
            .Concat(ScalarType.Specified).Concat(_typeOrder.Where(t => _preludeNames.Contains(t.Name))).ToList();
        var schema = new Schema(description, query, mutation, subscription, ordered, directives, applied, runtimeTypes);
        var violations = SchemaValidator.Validate(schema, _preludeNames);
        if (violations.Count > 0)
        {
            throw new SchemaValidationException(violations);
        }

        IntrospectionResolvers.Bind(schema);
        return schema;
    }

    private void Collect(DocumentNode document, bool isPrelude)
    {
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case TypeDefinitionNode type:
                    if (isPrelude)
                    {
                        _preludeNames.Add(type.Name);
                    }

                    if (_types.ContainsKey(type.Name) && type is ScalarTypeDefinitionNode && !isPrelude)
                    {
                        // Redefining a specified scalar in SDL is harmless: the built-in one is used.
                        continue;
                    }

                    if (!_definitions.TryAdd(type.Name, type) || _types.ContainsKey(type.Name))
                    {
                        _errors.Add($"There can be only one type named \"{type.Name}\".");
                    }

                    break;
                case TypeExtensionNode extension:
                    if (!_extensions.TryGetValue(extension.Name, out var list))
                    {
                        _extensions[extension.Name] = list = [];
                    }

                    list.Add(extension);
                    break;
                case DirectiveDefinitionNode directive:
                    if (isPrelude)
                    {
                        _preludeNames.Add("@" + directive.Name);
                    }

                    _directiveNodes.Add(directive);
                    break;
                case SchemaDefinitionNode schemaDefinition:
                    _schemaDefinitions.Add(schemaDefinition);
                    break;
                case SchemaExtensionNode schemaExtension:
                    _schemaExtensions.Add(schemaExtension);
                    break;
                default:
                    _errors.Add($"The SDL may only contain type-system definitions; found {definition.Kind} at line {definition.Location.Line}.");
                    break;
            }
        }
    }

    private void CreateTypes()
    {
        foreach (var definition in _definitions.Values)
        {
            NamedType type = definition switch
            {
                ScalarTypeDefinitionNode => new ScalarType(definition.Name, _builder.Scalars.GetValueOrDefault(definition.Name) ?? PassThroughScalarConverter.Instance),
                ObjectTypeDefinitionNode => new ObjectType(definition.Name),
                InterfaceTypeDefinitionNode => new InterfaceType(definition.Name),
                UnionTypeDefinitionNode => new UnionType(definition.Name),
                EnumTypeDefinitionNode => new EnumType(definition.Name),
                _ => new InputObjectType(definition.Name),
            };
            type.Description = definition.Description?.Value;
            _types[type.Name] = type;
            _typeOrder.Add(type);
        }

        foreach (var (name, extensions) in _extensions)
        {
            if (!_types.TryGetValue(name, out var type))
            {
                _errors.Add($"Cannot extend type \"{name}\" because it is not defined.");
                continue;
            }

            foreach (var extension in extensions)
            {
                if (!ExtensionMatches(type, extension))
                {
                    _errors.Add($"Cannot extend non-{Describe(extension)} type \"{name}\".");
                }
            }
        }

        foreach (var name in _builder.Scalars.Keys)
        {
            if (_types.GetValueOrDefault(name) is not ScalarType)
            {
                _errors.Add($"Scalar converter bound to \"{name}\", which is not a scalar of the schema.");
            }
        }
    }

    private static bool ExtensionMatches(NamedType type, TypeExtensionNode extension) => (type, extension) switch
    {
        (ScalarType, ScalarTypeExtensionNode) => true,
        (ObjectType, ObjectTypeExtensionNode) => true,
        (InterfaceType, InterfaceTypeExtensionNode) => true,
        (UnionType, UnionTypeExtensionNode) => true,
        (EnumType, EnumTypeExtensionNode) => true,
        (InputObjectType, InputObjectTypeExtensionNode) => true,
        _ => false,
    };

    private static string Describe(TypeExtensionNode extension) => extension switch
    {
        ScalarTypeExtensionNode => "scalar",
        ObjectTypeExtensionNode => "object",
        InterfaceTypeExtensionNode => "interface",
        UnionTypeExtensionNode => "union",
        EnumTypeExtensionNode => "enum",
        _ => "input object",
    };

    /// <summary>Type references in SDL: unknown names are reported and replaced by String to keep going.</summary>
    private GraphQLType ResolveTypeReference(TypeNode node, string where)
    {
        switch (node)
        {
            case NonNullTypeNode nonNull:
                var inner = ResolveTypeReference(nonNull.Type, where);
                return inner is NonNullType ? inner : new NonNullType(inner);
            case ListTypeNode list:
                return new ListType(ResolveTypeReference(list.Type, where));
            default:
                var name = ((NamedTypeNode)node).Name;
                if (_types.TryGetValue(name, out var type))
                {
                    return type;
                }

                _errors.Add($"Unknown type \"{name}\" referenced by {where}.");
                return ScalarType.String;
        }
    }

    private static string? DeprecationReason(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            if (directive.Name == "deprecated")
            {
                foreach (var argument in directive.Arguments)
                {
                    if (argument.Name == "reason" && argument.Value is StringValueNode reason)
                    {
                        return reason.Value;
                    }
                }

                return "No longer supported";
            }
        }

        return null;
    }
}
