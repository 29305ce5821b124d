namespace TeamGrains.GraphQL.Introspection;

/// <summary>The introspection types of spec 4.2 (September 2025), as SDL; their resolvers are in <see cref="IntrospectionResolvers"/>.</summary>
internal static class IntrospectionSchema
{
    public const string Sdl = """
        "A GraphQL Schema defines the capabilities of a GraphQL server: its types, directives and the entry points for query, mutation and subscription operations."
        type __Schema {
          description: String
          "Every type the schema supports."
          types: [__Type!]!
          "The type at the root of query operations."
          queryType: __Type!
          "The type at the root of mutation operations, if supported."
          mutationType: __Type
          "The type at the root of subscription operations, if supported."
          subscriptionType: __Type
          "Every directive the schema supports."
          directives: [__Directive!]!
        }

        "Every type of the schema, and the List and Non-Null wrappers of them. Which fields are non-null depends on `kind`."
        type __Type {
          kind: __TypeKind!
          name: String
          description: String
          specifiedByURL: String
          fields(includeDeprecated: Boolean! = false): [__Field!]
          interfaces: [__Type!]
          possibleTypes: [__Type!]
          enumValues(includeDeprecated: Boolean! = false): [__EnumValue!]
          inputFields(includeDeprecated: Boolean! = false): [__InputValue!]
          ofType: __Type
          isOneOf: Boolean
        }

        "The kinds of types described by `__Type`."
        enum __TypeKind {
          "A scalar."
          SCALAR
          "An object with fields, possibly implementing interfaces."
          OBJECT
          "An interface: a set of fields other types implement."
          INTERFACE
          "A union of object types."
          UNION
          "An enum: a set of named values."
          ENUM
          "An input object: named input values used as an argument."
          INPUT_OBJECT
          "A list; `ofType` is the item type."
          LIST
          "A non-null wrapper; `ofType` is the wrapped type."
          NON_NULL
        }

        "A field of an object or interface type."
        type __Field {
          name: String!
          description: String
          args(includeDeprecated: Boolean! = false): [__InputValue!]!
          type: __Type!
          isDeprecated: Boolean!
          deprecationReason: String
        }

        "An argument or input field, with its default value as GraphQL text."
        type __InputValue {
          name: String!
          description: String
          type: __Type!
          "The default value as a GraphQL literal, or null when there is none."
          defaultValue: String
          isDeprecated: Boolean!
          deprecationReason: String
        }

        "One value of an enum type."
        type __EnumValue {
          name: String!
          description: String
          isDeprecated: Boolean!
          deprecationReason: String
        }

        "A directive the schema supports: where it may be used and which arguments it takes."
        type __Directive {
          name: String!
          description: String
          isRepeatable: Boolean!
          locations: [__DirectiveLocation!]!
          args(includeDeprecated: Boolean! = false): [__InputValue!]!
        }

        "Where a directive may be used."
        enum __DirectiveLocation {
          "On a query operation."
          QUERY
          "On a mutation operation."
          MUTATION
          "On a subscription operation."
          SUBSCRIPTION
          "On a field selection."
          FIELD
          "On a fragment definition."
          FRAGMENT_DEFINITION
          "On a fragment spread."
          FRAGMENT_SPREAD
          "On an inline fragment."
          INLINE_FRAGMENT
          "On a variable definition."
          VARIABLE_DEFINITION
          "On a schema definition."
          SCHEMA
          "On a scalar definition."
          SCALAR
          "On an object type definition."
          OBJECT
          "On a field definition."
          FIELD_DEFINITION
          "On an argument definition."
          ARGUMENT_DEFINITION
          "On an interface definition."
          INTERFACE
          "On a union definition."
          UNION
          "On an enum definition."
          ENUM
          "On an enum value definition."
          ENUM_VALUE
          "On an input object type definition."
          INPUT_OBJECT
          "On an input object field definition."
          INPUT_FIELD_DEFINITION
        }
        """;
}
