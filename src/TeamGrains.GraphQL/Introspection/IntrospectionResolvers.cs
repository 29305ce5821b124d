using TeamGrains.GraphQL.Execution;
using TeamGrains.GraphQL.Language;
using TeamGrains.GraphQL.Types;

namespace TeamGrains.GraphQL.Introspection;

/// <summary>
/// Resolvers of the introspection types (spec 4.2) over the schema's own objects: a __Type is a
/// <see cref="GraphQLType"/>, a __Field a <see cref="FieldDefinition"/>, and so on; plus the
/// meta-fields __schema and __type of the query type (spec 4.4).
/// </summary>
internal static class IntrospectionResolvers
{
    public static void Bind(Schema schema)
    {
        BindSchema(schema);
        BindType(schema);
        BindMembers(schema);

        schema.SchemaMetaField = new FieldDefinition("__schema", "Access the current type schema of this server.",
            new NonNullType(schema.GetType("__Schema")!), [], null, [])
        {
            Resolver = context => Value(context.Schema),
            DeclaringType = schema.QueryType,
        };

        var nameArgument = new InputValueDefinition("name", null, new NonNullType(ScalarType.String), null, null, []);
        schema.TypeMetaField = new FieldDefinition("__type", "Request the type information of a single type.",
            schema.GetType("__Type")!, [nameArgument], null, [])
        {
            Resolver = context => Value(context.Schema.GetType((string)context.Arguments["name"]!)),
            DeclaringType = schema.QueryType,
        };
    }

    private static void BindSchema(Schema schema)
    {
        var type = (ObjectType)schema.GetType("__Schema")!;
        Set(type, "description", s => ((Schema)s).Description);
        Set(type, "types", s => ((Schema)s).Types);
        Set(type, "queryType", s => ((Schema)s).QueryType);
        Set(type, "mutationType", s => ((Schema)s).MutationType);
        Set(type, "subscriptionType", s => ((Schema)s).SubscriptionType);
        Set(type, "directives", s => ((Schema)s).Directives);
    }

    private static void BindType(Schema schema)
    {
        var type = (ObjectType)schema.GetType("__Type")!;
        Set(type, "kind", s => KindName(((GraphQLType)s).Kind));
        Set(type, "name", s => (s as NamedType)?.Name);
        Set(type, "description", s => (s as NamedType)?.Description);
        Set(type, "specifiedByURL", s => (s as ScalarType)?.SpecifiedByUrl);
        Set(type, "fields", (s, c) => s is ComplexOutputType complex ? Filter(complex.Fields, f => f.IsDeprecated, c) : null);
        Set(type, "interfaces", s => (s as ComplexOutputType)?.Interfaces);
        Set(type, "possibleTypes", s => (s as IAbstractType)?.PossibleTypes);
        Set(type, "enumValues", (s, c) => s is EnumType enumType ? Filter(enumType.Values, v => v.IsDeprecated, c) : null);
        Set(type, "inputFields", (s, c) => s is InputObjectType input ? Filter(input.Fields, f => f.IsDeprecated, c) : null);
        Set(type, "ofType", s => s switch
        {
            ListType list => list.OfType,
            NonNullType nonNull => nonNull.OfType,
            _ => null,
        });
        Set(type, "isOneOf", s => s is InputObjectType input ? input.IsOneOf : null);
    }

    private static void BindMembers(Schema schema)
    {
        var field = (ObjectType)schema.GetType("__Field")!;
        Set(field, "name", s => ((FieldDefinition)s).Name);
        Set(field, "description", s => ((FieldDefinition)s).Description);
        Set(field, "args", (s, c) => Filter(((FieldDefinition)s).Arguments, a => a.IsDeprecated, c));
        Set(field, "type", s => ((FieldDefinition)s).Type);
        Set(field, "isDeprecated", s => ((FieldDefinition)s).IsDeprecated);
        Set(field, "deprecationReason", s => ((FieldDefinition)s).DeprecationReason);

        var inputValue = (ObjectType)schema.GetType("__InputValue")!;
        Set(inputValue, "name", s => ((InputValueDefinition)s).Name);
        Set(inputValue, "description", s => ((InputValueDefinition)s).Description);
        Set(inputValue, "type", s => ((InputValueDefinition)s).Type);
        Set(inputValue, "defaultValue", s => ((InputValueDefinition)s).DefaultValueLiteral is { } literal ? Printer.Print(literal) : null);
        Set(inputValue, "isDeprecated", s => ((InputValueDefinition)s).IsDeprecated);
        Set(inputValue, "deprecationReason", s => ((InputValueDefinition)s).DeprecationReason);

        var enumValue = (ObjectType)schema.GetType("__EnumValue")!;
        Set(enumValue, "name", s => ((EnumValueDefinition)s).Name);
        Set(enumValue, "description", s => ((EnumValueDefinition)s).Description);
        Set(enumValue, "isDeprecated", s => ((EnumValueDefinition)s).IsDeprecated);
        Set(enumValue, "deprecationReason", s => ((EnumValueDefinition)s).DeprecationReason);

        var directive = (ObjectType)schema.GetType("__Directive")!;
        Set(directive, "name", s => ((DirectiveDefinition)s).Name);
        Set(directive, "description", s => ((DirectiveDefinition)s).Description);
        Set(directive, "isRepeatable", s => ((DirectiveDefinition)s).IsRepeatable);
        Set(directive, "locations", s => ((DirectiveDefinition)s).Locations);
        Set(directive, "args", (s, c) => Filter(((DirectiveDefinition)s).Arguments, a => a.IsDeprecated, c));
    }

    private static void Set(ObjectType type, string fieldName, Func<object, object?> read)
        => type.GetField(fieldName)!.Resolver = context => Value(read(context.Source!));

    private static void Set(ObjectType type, string fieldName, Func<object, IResolverContext, object?> read)
        => type.GetField(fieldName)!.Resolver = context => Value(read(context.Source!, context));

    private static ValueTask<object?> Value(object? value) => new(value);

    /// <summary>includeDeprecated: false (the default) leaves deprecated elements out.</summary>
    private static IReadOnlyList<T> Filter<T>(IReadOnlyList<T> items, Func<T, bool> isDeprecated, IResolverContext context)
    {
        if (context.Arguments.TryGetValue("includeDeprecated", out var include) && include is true)
        {
            return items;
        }

        var kept = new List<T>(items.Count);
        foreach (var item in items)
        {
            if (!isDeprecated(item))
            {
                kept.Add(item);
            }
        }

        return kept;
    }

    private static string KindName(TypeKind kind) => kind switch
    {
        TypeKind.Scalar => "SCALAR",
        TypeKind.Object => "OBJECT",
        TypeKind.Interface => "INTERFACE",
        TypeKind.Union => "UNION",
        TypeKind.Enum => "ENUM",
        TypeKind.InputObject => "INPUT_OBJECT",
        TypeKind.List => "LIST",
        _ => "NON_NULL",
    };
}
