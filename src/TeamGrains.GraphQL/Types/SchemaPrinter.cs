using TeamGrains.GraphQL.Language;

namespace TeamGrains.GraphQL.Types;

/// <summary>
/// The SDL of a schema (graphql-js <c>printSchema</c>): user directives and types in definition order,
/// without the specified scalars, directives and introspection types; a schema block only when the
/// root types are not named Query, Mutation and Subscription. Built as an AST and printed by <see cref="Printer"/>.
/// </summary>
public static class SchemaPrinter
{
    public static string Print(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var definitions = new List<DefinitionNode>();
        if (NeedsSchemaDefinition(schema))
        {
            var operationTypes = new List<OperationTypeDefinitionNode> { OperationTypeNode(OperationType.Query, schema.QueryType) };
            if (schema.MutationType is not null)
            {
                operationTypes.Add(OperationTypeNode(OperationType.Mutation, schema.MutationType));
            }

            if (schema.SubscriptionType is not null)
            {
                operationTypes.Add(OperationTypeNode(OperationType.Subscription, schema.SubscriptionType));
            }

            definitions.Add(new SchemaDefinitionNode { Description = Describe(schema.Description), Directives = [], OperationTypes = operationTypes });
        }

        foreach (var directive in schema.Directives)
        {
            if (!directive.IsSpecified)
            {
                definitions.Add(new DirectiveDefinitionNode
                {
                    Description = Describe(directive.Description),
                    Name = directive.Name,
                    Arguments = directive.Arguments.Select(InputValueNode).ToList(),
                    Repeatable = directive.IsRepeatable,
                    Locations = directive.Locations,
                });
            }
        }

        foreach (var type in schema.Types)
        {
            if (!type.Name.StartsWith("__", StringComparison.Ordinal) && type is not ScalarType { IsSpecified: true })
            {
                definitions.Add(TypeNode(type));
            }
        }

        return definitions.Count == 0 ? string.Empty : Printer.PrintSchemaStyle(new DocumentNode { Definitions = definitions }) + "\n";
    }

    private static bool NeedsSchemaDefinition(Schema schema)
        => schema.Description is not null || schema.QueryType.Name != "Query"
            || (schema.MutationType is not null && schema.MutationType.Name != "Mutation")
            || (schema.SubscriptionType is not null && schema.SubscriptionType.Name != "Subscription");

    private static OperationTypeDefinitionNode OperationTypeNode(OperationType operation, ObjectType type)
        => new() { Operation = operation, Type = Named(type.Name) };

    private static TypeDefinitionNode TypeNode(NamedType type) => type switch
    {
        ScalarType scalar => new ScalarTypeDefinitionNode
        {
            Description = Describe(scalar.Description),
            Name = scalar.Name,
            Directives = scalar.SpecifiedByUrl is { } url ? [Directive("specifiedBy", ("url", new StringValueNode { Value = url }))] : [],
        },
        ObjectType objectType => new ObjectTypeDefinitionNode
        {
            Description = Describe(type.Description),
            Name = type.Name,
            Interfaces = objectType.Interfaces.Select(i => Named(i.Name)).ToList(),
            Directives = [],
            Fields = objectType.Fields.Select(FieldNode).ToList(),
        },
        InterfaceType iface => new InterfaceTypeDefinitionNode
        {
            Description = Describe(type.Description),
            Name = type.Name,
            Interfaces = iface.Interfaces.Select(i => Named(i.Name)).ToList(),
            Directives = [],
            Fields = iface.Fields.Select(FieldNode).ToList(),
        },
        UnionType union => new UnionTypeDefinitionNode
        {
            Description = Describe(type.Description),
            Name = type.Name,
            Directives = [],
            Types = union.Types.Select(t => Named(t.Name)).ToList(),
        },
        EnumType enumType => new EnumTypeDefinitionNode
        {
            Description = Describe(type.Description),
            Name = type.Name,
            Directives = [],
            Values = enumType.Values.Select(v => new EnumValueDefinitionNode
            {
                Description = Describe(v.Description),
                Name = v.Name,
                Directives = Deprecated(v.DeprecationReason),
            }).ToList(),
        },
        _ => new InputObjectTypeDefinitionNode
        {
            Description = Describe(type.Description),
            Name = type.Name,
            Directives = ((InputObjectType)type).IsOneOf ? [Directive("oneOf")] : [],
            Fields = ((InputObjectType)type).Fields.Select(InputValueNode).ToList(),
        },
    };

    private static FieldDefinitionNode FieldNode(FieldDefinition field) => new()
    {
        Description = Describe(field.Description),
        Name = field.Name,
        Arguments = field.Arguments.Select(InputValueNode).ToList(),
        Type = TypeReference(field.Type),
        Directives = Deprecated(field.DeprecationReason),
    };

    private static InputValueDefinitionNode InputValueNode(InputValueDefinition input) => new()
    {
        Description = Describe(input.Description),
        Name = input.Name,
        Type = TypeReference(input.Type),
        DefaultValue = input.DefaultValueLiteral,
        Directives = Deprecated(input.DeprecationReason),
    };

    private static IReadOnlyList<DirectiveNode> Deprecated(string? reason) => reason switch
    {
        null => [],
        "No longer supported" => [Directive("deprecated")],
        _ => [Directive("deprecated", ("reason", new StringValueNode { Value = reason }))],
    };

    private static DirectiveNode Directive(string name, params (string Name, ValueNode Value)[] arguments) => new()
    {
        Name = name,
        Arguments = arguments.Select(a => new ArgumentNode { Name = a.Name, Value = a.Value }).ToList(),
    };

    private static TypeNode TypeReference(GraphQLType type) => type switch
    {
        NonNullType nonNull => new NonNullTypeNode { Type = TypeReference(nonNull.OfType) },
        ListType list => new ListTypeNode { Type = TypeReference(list.OfType) },
        _ => Named(((NamedType)type).Name),
    };

    private static NamedTypeNode Named(string name) => new() { Name = name };

    /// <summary>Descriptions print as block strings (when the text allows it), like graphql-js.</summary>
    private static StringValueNode? Describe(string? description)
        => description is null ? null : new StringValueNode { Value = description, Block = true };
}
