using TeamGrains.GraphQL.Language;
using TeamGrains.GraphQL.Types;

namespace TeamGrains.GraphQL.Validation;

/// <summary>
/// Type-system questions the rules ask (graphql-js <c>definition.ts</c> and
/// <c>typeComparators.ts</c>): kinds, unwrapping, field look-up including the meta-fields, and the
/// sub-typing relation of IsVariableUsageAllowed (spec section 5, "All Variable Usages Are Allowed").
/// </summary>
internal static class TypeFacts
{
    public static NamedType? GetNamedType(GraphQLType? type)
    {
        while (true)
        {
            switch (type)
            {
                case ListType list:
                    type = list.OfType;
                    break;
                case NonNullType nonNull:
                    type = nonNull.OfType;
                    break;
                default:
                    return type as NamedType;
            }
        }
    }

    public static GraphQLType? GetNullableType(GraphQLType? type) => type is NonNullType nonNull ? nonNull.OfType : type;

    public static bool IsCompositeType(GraphQLType? type) => type is ObjectType or InterfaceType or UnionType;

    public static bool IsAbstractType(GraphQLType? type) => type is InterfaceType or UnionType;

    public static bool IsLeafType(GraphQLType? type) => type is ScalarType or EnumType;

    public static bool IsInputType(GraphQLType? type) => GetNamedType(type) is ScalarType or EnumType or InputObjectType;

    public static bool IsOutputType(GraphQLType? type) => GetNamedType(type) is ScalarType or EnumType or ObjectType or InterfaceType or UnionType;

    public static bool HasDefault(InputValueDefinition value) => value.HasDefaultValue;

    public static InputValueDefinition? FindInputValue(IReadOnlyList<InputValueDefinition> values, string name)
    {
        for (var valueIndex = 0; valueIndex < values.Count; valueIndex++)
        {
            var value = values[valueIndex];
            if (value.Name == name)
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>The field named on the parent, including __typename everywhere and __schema/__type on the query root.</summary>
    public static FieldDefinition? GetFieldDefinition(Schema schema, NamedType parent, string name)
    {
        if (name.Length > 2 && name[0] == '_' && name[1] == '_')
        {
            if (name == "__typename")
            {
                return IsCompositeType(parent) ? Execution.IntrospectionFields.TypeName : null;
            }

            if (ReferenceEquals(parent, schema.QueryType))
            {
                if (name == "__schema")
                {
                    return schema.SchemaMetaField;
                }

                if (name == "__type")
                {
                    return schema.TypeMetaField;
                }
            }
        }

        return parent switch
        {
            ObjectType obj => obj.GetField(name),
            InterfaceType iface => iface.GetField(name),
            _ => null,
        };
    }

    public static GraphQLType? TypeFromAst(Schema schema, TypeNode node) => node switch
    {
        NamedTypeNode named => schema.GetType(named.Name),
        ListTypeNode list => TypeFromAst(schema, list.Type) is { } item ? new ListType(item) : null,
        NonNullTypeNode nonNull => TypeFromAst(schema, nonNull.Type) is { } inner ? new NonNullType(inner) : null,
        _ => null,
    };

    /// <summary>Spec 5.8.5 AreTypesCompatible / graphql-js isTypeSubTypeOf: may a value of maybeSubType go where superType is expected?</summary>
    public static bool IsTypeSubTypeOf(Schema schema, GraphQLType maybeSubType, GraphQLType superType)
    {
        if (ReferenceEquals(maybeSubType, superType))
        {
            return true;
        }

        if (superType is NonNullType superNonNull)
        {
            return maybeSubType is NonNullType subNonNull && IsTypeSubTypeOf(schema, subNonNull.OfType, superNonNull.OfType);
        }

        if (maybeSubType is NonNullType nonNull)
        {
            return IsTypeSubTypeOf(schema, nonNull.OfType, superType);
        }

        if (superType is ListType superList)
        {
            return maybeSubType is ListType subList && IsTypeSubTypeOf(schema, subList.OfType, superList.OfType);
        }

        if (maybeSubType is ListType)
        {
            return false;
        }

        return IsAbstractType(superType)
            && maybeSubType is ObjectType or InterfaceType
            && schema.IsSubType((NamedType)superType, (NamedType)maybeSubType);
    }

    /// <summary>The type as written in SDL: <c>[String!]!</c>.</summary>
    public static string Print(GraphQLType type) => type switch
    {
        NonNullType nonNull => Print(nonNull.OfType) + "!",
        ListType list => "[" + Print(list.OfType) + "]",
        NamedType named => named.Name,
        _ => "?",
    };

    public static bool TypesAreEqual(GraphQLType a, GraphQLType b) => (a, b) switch
    {
        (NonNullType x, NonNullType y) => TypesAreEqual(x.OfType, y.OfType),
        (ListType x, ListType y) => TypesAreEqual(x.OfType, y.OfType),
        (NamedType x, NamedType y) => ReferenceEquals(x, y),
        _ => false,
    };
}
