using TeamGrains.GraphQL.Execution;
using TeamGrains.GraphQL.Language;

namespace TeamGrains.GraphQL.Types;

internal sealed partial class SchemaAssembler
{
    /// <summary>Fills one type from its definition and every extension of it, in document order.</summary>
    private void FillType(NamedType type)
    {
        if (!_definitions.TryGetValue(type.Name, out var definition))
        {
            return;
        }

        var extensions = _extensions.GetValueOrDefault(type.Name) ?? [];
        var directives = new List<DirectiveNode>(definition.Directives);
        foreach (var extension in extensions)
        {
            directives.AddRange(extension.Directives);
        }

        type.AppliedDirectives = directives;
        switch (type)
        {
            case ComplexOutputType complex:
                var fieldNodes = new List<FieldDefinitionNode>();
                var interfaceNodes = new List<NamedTypeNode>();
                foreach (var node in (IEnumerable<SyntaxNode>)[definition, .. extensions])
                {
                    var (fields, interfaces) = node switch
                    {
                        ObjectTypeDefinitionNode n => (n.Fields, n.Interfaces),
                        ObjectTypeExtensionNode n => (n.Fields, n.Interfaces),
                        InterfaceTypeDefinitionNode n => (n.Fields, n.Interfaces),
                        InterfaceTypeExtensionNode n => (n.Fields, n.Interfaces),
                        _ => ((IReadOnlyList<FieldDefinitionNode>)[], (IReadOnlyList<NamedTypeNode>)[]),
                    };
                    fieldNodes.AddRange(fields);
                    interfaceNodes.AddRange(interfaces);
                }

                complex.SetFields(fieldNodes.ConvertAll(f => CreateField(complex, f)));
                complex.Interfaces = ResolveNamed<InterfaceType>(interfaceNodes, $"\"{type.Name}\"", "an interface");
                break;
            case UnionType union:
                var members = new List<NamedTypeNode>(((UnionTypeDefinitionNode)definition).Types);
                members.AddRange(extensions.OfType<UnionTypeExtensionNode>().SelectMany(e => e.Types));
                union.SetTypes(ResolveNamed<ObjectType>(members, $"union \"{type.Name}\"", "an object type"));
                break;
            case EnumType enumType:
                var values = new List<EnumValueDefinitionNode>(((EnumTypeDefinitionNode)definition).Values);
                values.AddRange(extensions.OfType<EnumTypeExtensionNode>().SelectMany(e => e.Values));
                enumType.SetValues(values.ConvertAll(v => new EnumValueDefinition(v.Name, v.Description?.Value, DeprecationReason(v.Directives), v.Directives)));
                break;
            case InputObjectType input:
                var inputFields = new List<InputValueDefinitionNode>(((InputObjectTypeDefinitionNode)definition).Fields);
                inputFields.AddRange(extensions.OfType<InputObjectTypeExtensionNode>().SelectMany(e => e.Fields));
                input.SetFields(inputFields.ConvertAll(f => CreateInputValue(f, $"\"{type.Name}.{f.Name}\"")));
                input.IsOneOf = directives.Exists(d => d.Name == "oneOf");
                break;
            case ScalarType scalar:
                scalar.SpecifiedByUrl = directives.Find(d => d.Name == "specifiedBy")?.Arguments
                    .FirstOrDefault(a => a.Name == "url")?.Value is StringValueNode url ? url.Value : null;
                break;
        }
    }

    private FieldDefinition CreateField(ComplexOutputType owner, FieldDefinitionNode node)
    {
        var where = $"\"{owner.Name}.{node.Name}\"";
        var arguments = new List<InputValueDefinition>(node.Arguments.Count);
        foreach (var argument in node.Arguments)
        {
            arguments.Add(CreateInputValue(argument, $"\"{owner.Name}.{node.Name}({argument.Name}:)\""));
        }

        return new FieldDefinition(node.Name, node.Description?.Value, ResolveTypeReference(node.Type, where), arguments,
            DeprecationReason(node.Directives), node.Directives)
        {
            DeclaringType = owner,
        };
    }

    private InputValueDefinition CreateInputValue(InputValueDefinitionNode node, string where)
        => new(node.Name, node.Description?.Value, ResolveTypeReference(node.Type, where), node.DefaultValue,
            DeprecationReason(node.Directives), node.Directives);

    private List<T> ResolveNamed<T>(List<NamedTypeNode> nodes, string where, string expected)
        where T : NamedType
    {
        var result = new List<T>(nodes.Count);
        foreach (var node in nodes)
        {
            if (!_types.TryGetValue(node.Name, out var type))
            {
                _errors.Add($"Unknown type \"{node.Name}\" referenced by {where}.");
            }
            else if (type is T typed)
            {
                result.Add(typed);
            }
            else
            {
                _errors.Add($"Type {where} can only include {expected}; \"{node.Name}\" is not one.");
            }
        }

        return result;
    }

    private List<DirectiveDefinition> CreateDirectives()
    {
        var directives = new List<DirectiveDefinition>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in _directiveNodes)
        {
            if (!seen.Add(node.Name))
            {
                _errors.Add($"There can be only one directive named \"@{node.Name}\".");
                continue;
            }

            var arguments = node.Arguments.Select(a => CreateInputValue(a, $"\"@{node.Name}({a.Name}:)\"")).ToList();
            directives.Add(new DirectiveDefinition(node.Name, node.Description?.Value, arguments, node.Locations, node.Repeatable)
            {
                IsSpecified = _preludeNames.Contains("@" + node.Name),
            });
        }

        return directives;
    }

    /// <summary>Root operation types: from the schema definition (and extensions), else the types named Query, Mutation, Subscription.</summary>
    private (ObjectType? Query, ObjectType? Mutation, ObjectType? Subscription, string? Description, List<DirectiveNode> Directives) ResolveRootTypes()
    {
        if (_schemaDefinitions.Count > 1)
        {
            _errors.Add("Must provide only one schema definition.");
        }

        var operationTypes = new List<OperationTypeDefinitionNode>();
        var directives = new List<DirectiveNode>();
        var schemaDefinition = _schemaDefinitions.FirstOrDefault();
        if (schemaDefinition is not null)
        {
            operationTypes.AddRange(schemaDefinition.OperationTypes);
            directives.AddRange(schemaDefinition.Directives);
        }

        foreach (var extension in _schemaExtensions)
        {
            operationTypes.AddRange(extension.OperationTypes);
            directives.AddRange(extension.Directives);
        }

        // Without a schema definition the types named Query, Mutation and Subscription are the roots;
        // operation types given by the definition or by `extend schema` take precedence.
        var roots = new ObjectType?[3];
        var explicitRoots = new bool[3];
        if (schemaDefinition is null)
        {
            roots[0] = _types.GetValueOrDefault("Query") as ObjectType;
            roots[1] = _types.GetValueOrDefault("Mutation") as ObjectType;
            roots[2] = _types.GetValueOrDefault("Subscription") as ObjectType;
        }

        foreach (var operationType in operationTypes)
        {
            var index = (int)operationType.Operation;
            if (explicitRoots[index])
            {
                _errors.Add($"There can be only one {operationType.Operation.ToString().ToLowerInvariant()} type in schema.");
            }

            explicitRoots[index] = true;
            var type = _types.GetValueOrDefault(operationType.Type.Name);
            if (type is ObjectType objectType)
            {
                roots[index] = objectType;
            }
            else
            {
                _errors.Add(type is null
                    ? $"Unknown type \"{operationType.Type.Name}\" used as {operationType.Operation.ToString().ToLowerInvariant()} root type."
                    : $"{operationType.Operation} root type must be Object type, it cannot be {type.Name}.");
            }
        }

        if (roots[0] is null && _errors.Count == 0)
        {
            _errors.Add("Query root type must be provided.");
        }

        return (roots[0], roots[1], roots[2], schemaDefinition?.Description?.Value, directives);
    }
}
