using TeamGrains.GraphQL.Types;

namespace TeamGrains.Benchmarks.GraphQL;

/// <summary>
/// A small in-memory schema for the engine benchmarks: a hero with friends (the classic simple
/// query) and a five-level Item tree (the 30-field nested query). Resolvers return prebuilt objects,
/// so the numbers measure the engine, not the data.
/// </summary>
internal static class BenchmarkSchema
{
    public const string Sdl = """
        enum Episode { NEWHOPE, EMPIRE, JEDI }

        interface Character { id: ID!, name: String, friends: [Character] }

        type Human implements Character { id: ID!, name: String, friends: [Character], homePlanet: String }

        type Droid implements Character { id: ID!, name: String, friends: [Character], primaryFunction: String }

        type Item {
          id: ID!
          name: String
          count: Int
          price: Float
          active: Boolean
          child: Item
        }

        type Query {
          hero(episode: Episode): Character
          root: Item
        }
        """;

    /// <summary>Five levels of Item, five scalars and a child each: 6 × 5 = 30 fields.</summary>
    public const string NestedQuery = """
        {
          root {
            id name count price active
            child {
              id name count price active
              child {
                id name count price active
                child {
                  id name count price active
                  child { id name count price active }
                }
              }
            }
          }
        }
        """;

    public const string SimpleQuery = "{ hero { name } }";

    private static readonly Human Luke = new("1000", "Luke Skywalker", "Tatooine");
    private static readonly Droid R2 = new("2001", "R2-D2", "Astromech");
    private static readonly Item Root = BuildItems(0);

    public static Schema Build() => SchemaBuilder.FromSdl(Sdl)
        .Resolve("Query", "hero", _ => R2)
        .Resolve("Query", "root", _ => Root)
        .Resolve("Human", "friends", _ => new object[] { R2 })
        .Resolve("Droid", "friends", _ => new object[] { Luke })
        .ResolveType("Character", (value, _, _) => value is Human ? "Human" : "Droid")
        .Build();

    private static Item BuildItems(int level) =>
        new($"item-{level}", $"Item {level}", level * 10, level + 0.5, level % 2 == 0, level < 4 ? BuildItems(level + 1) : null);

    private sealed record Human(string Id, string Name, string HomePlanet);

    private sealed record Droid(string Id, string Name, string PrimaryFunction);

    private sealed record Item(string Id, string Name, int Count, double Price, bool Active, Item? Child);
}
