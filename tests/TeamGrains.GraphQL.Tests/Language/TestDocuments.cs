namespace TeamGrains.GraphQL.Tests.Language;

internal static class TestDocuments
{
    public const string KitchenSinkSdl = """"
        "The schema."
        schema @dir { query: Query mutation: Mutation }

        """
        A type.

        With lines.
        """
        type Query implements & Node & Named @key(fields: "id") {
          "The id."
          id: ID!
          friends("How many." first: Int = 10, after: String @deprecated(reason: "no")): [Query!]! @deprecated
        }

        interface Node { id: ID! }

        interface Named implements Node { id: ID! name: String }

        union Search @u = | A | B

        scalar DateTime @specifiedBy(url: "https://example.com")

        enum Color { "Red." RED @deprecated GREEN BLUE }

        input Filter @oneOf { a: Int, b: [String!] = ["x"] @deprecated }

        "Marks."
        directive @key(fields: String!) repeatable on FIELD_DEFINITION | OBJECT

        extend type Query implements Other @x { more: Int }

        extend interface Node @x

        extend union Search = C

        extend enum Color { YELLOW }

        extend input Filter { c: Boolean }

        extend scalar DateTime @x

        extend schema @x { subscription: Subscription }
        """";

    public const string IntrospectionQuery = """
        query IntrospectionQuery {
          __schema {
            description
            queryType { name }
            mutationType { name }
            subscriptionType { name }
            types { ...FullType }
            directives {
              name
              description
              isRepeatable
              locations
              args(includeDeprecated: true) { ...InputValue }
            }
          }
        }

        fragment FullType on __Type {
          kind
          name
          description
          specifiedByURL
          isOneOf
          fields(includeDeprecated: true) {
            name
            description
            args(includeDeprecated: true) { ...InputValue }
            type { ...TypeRef }
            isDeprecated
            deprecationReason
          }
          inputFields(includeDeprecated: true) { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) {
            name
            description
            isDeprecated
            deprecationReason
          }
          possibleTypes { ...TypeRef }
        }

        fragment InputValue on __InputValue {
          name
          description
          type { ...TypeRef }
          defaultValue
          isDeprecated
          deprecationReason
        }

        fragment TypeRef on __Type {
          kind
          name
          ofType {
            kind
            name
            ofType {
              kind
              name
              ofType {
                kind
                name
                ofType {
                  kind
                  name
                  ofType {
                    kind
                    name
                    ofType {
                      kind
                      name
                      ofType {
                        kind
                        name
                        ofType { kind name }
                      }
                    }
                  }
                }
              }
            }
          }
        }
        """;
}
