using System.Collections;
using System.Globalization;
using TeamGrains.GraphQL.Execution;
using TeamGrains.GraphQL.Tests.Validation;
using TeamGrains.GraphQL.Types;
using static TeamGrains.GraphQL.Tests.Differential.StarWarsData;

namespace TeamGrains.GraphQL.Tests.Differential;

/// <summary>
/// The execution test schema (tests/graphqljs/schemas/starwars.graphql) bound to the same
/// deterministic resolvers as tests/graphqljs/execution-schema.mjs: change both together.
/// </summary>
internal static class StarWarsTestSchema
{
    private static readonly Lazy<Schema> LazySchema = new(Build);

    public static Schema Schema => LazySchema.Value;

    private static Schema Build() => SchemaBuilder.FromSdl(File.ReadAllText(HarnessSchemas.HarnessFile("schemas", "starwars.graphql")))
        .Resolve("Query", "hero", c => ById(c.GetArgument<string>("episode") == "EMPIRE" ? "1000" : "2001"))
        .Resolve("Query", "human", c => Humans.FirstOrDefault(h => h.Id == c.GetArgument<string>("id")))
        .Resolve("Query", "droid", c => Droids.FirstOrDefault(d => d.Id == c.GetArgument<string>("id")))
        .Resolve("Query", "character", c => Character(c.GetArgument<string>("id")!))
        .Resolve("Query", "characters", c => ((IEnumerable)c.Arguments["ids"]!).Cast<object>().Select(id => Character((string)id)).ToList())
        .Resolve("Query", "search", c => All
            .Where(e => e.Name.Contains(c.GetArgument<string>("text")!, StringComparison.OrdinalIgnoreCase))
            .OrderBy(e => int.Parse(e.Id, CultureInfo.InvariantCulture))
            .ToList())
        .Resolve("Query", "echo", c => Echo(c.Arguments))
        .Resolve("Query", "failing", _ => throw new GraphQLException("failing field"))
        .Resolve("Query", "failingNonNull", _ => throw new GraphQLException("failing non-null field"))
        .Resolve("Query", "nullable", _ => null)
        .Resolve("Query", "nonNullButNull", _ => null)
        .Resolve("Query", "numbers", c =>
        {
            var count = c.GetArgument<int>("count");
            return count < 0 ? throw new GraphQLException("count must be non-negative") : Enumerable.Range(0, count).ToList();
        })
        .Resolve("Query", "nested", c => c.GetArgument<int>("depth") is var depth and > 0 ? new NestedLevel(0, depth) : null)
        .Resolve("Query", "listWithFailures", _ => Items())
        .Resolve("Query", "nonNullListWithFailures", _ => Items())
        .Resolve("Human", "friends", c => ((Human)c.Source!).FriendIds.Select(Character).ToList())
        .Resolve("Human", "secretBackstory", _ => throw new GraphQLException("secretBackstory is secret."))
        .Resolve("Human", "height", c => c.GetArgument<string>("unit") == "CENTIMETER"
            ? Math.Round(((Human)c.Source!).Height * 100, MidpointRounding.AwayFromZero)
            : ((Human)c.Source!).Height)
        .Resolve("Human", "starships", c => ((Human)c.Source!).StarshipIds.Select(ById).ToList())
        .Resolve("Droid", "friends", c => ((Droid)c.Source!).FriendIds.Select(Character).ToList())
        .Resolve("Droid", "secretBackstory", _ => throw new GraphQLException("secretBackstory is secret."))
        .Resolve("Droid", "serialNumber", c => ((Droid)c.Source!).Id == "2001"
            ? throw new GraphQLException("serial number withheld")
            : "SN-" + ((Droid)c.Source!).Id)
        .Resolve("Nested", "next", c => c.Source is NestedLevel n && n.Level + 1 < n.Depth ? new NestedLevel(n.Level + 1, n.Depth) : null)
        .Resolve("Nested", "value", c => $"level {((NestedLevel)c.Source!).Level}")
        .Resolve("Nested", "fail", c => throw new GraphQLException($"fail at level {((NestedLevel)c.Source!).Level}"))
        .Resolve("Nested", "failNonNull", c => ((NestedLevel)c.Source!).Level == 2
            ? throw new GraphQLException("strict failure at level 2")
            : $"ok {((NestedLevel)c.Source!).Level}")
        .Resolve("Item", "value", c => ((Item)c.Source!).Id == 2 ? throw new GraphQLException("item 2 failed") : $"item {((Item)c.Source!).Id}")
        .Resolve("Item", "strict", c => ((Item)c.Source!).Id == 3 ? null : $"strict {((Item)c.Source!).Id}")
        .Resolve("Mutation", "addReview", c =>
        {
            var review = (IReadOnlyDictionary<string, object?>)c.Arguments["review"]!;
            return Convert.ToInt32(review["stars"], CultureInfo.InvariantCulture) > 5
                ? throw new GraphQLException("stars must be at most 5")
                : new Dictionary<string, object?>
                {
                    ["episode"] = c.Arguments["episode"],
                    ["stars"] = review["stars"],
                    ["commentary"] = review.GetValueOrDefault("commentary"),
                };
        })
        .Resolve("Mutation", "failingMutation", _ => throw new GraphQLException("mutation failed"))
        .ResolveType("Character", TypeOf)
        .ResolveType("SearchResult", TypeOf)
        .Build();

    private static string TypeOf(object value, IResolverContext context, IAbstractType abstractType) => value switch
    {
        Human => "Human",
        Droid => "Droid",
        _ => "Starship",
    };

    private static List<Item> Items() => [.. Enumerable.Range(0, 5).Select(i => new Item(i))];

    /// <summary>Renders the arguments in a fixed order; an absent or null argument renders as "null" (as in JS).</summary>
    private static string Echo(IReadOnlyDictionary<string, object?> arguments) =>
        string.Join(';', new[] { "text", "count", "flag", "episode", "list", "review" }
            .Select(name => $"{name}={Render(arguments.GetValueOrDefault(name))}"));

    private static string Render(object? value) => value switch
    {
        null => "null",
        bool b => b ? "true" : "false",
        string s => s,
        IReadOnlyDictionary<string, object?> review =>
            $"{{stars:{Render(review.GetValueOrDefault("stars"))},commentary:{Render(review.GetValueOrDefault("commentary"))},tags:{Render(review.GetValueOrDefault("tags"))}}}",
        IEnumerable list => "[" + string.Join(',', list.Cast<object?>().Select(Render)) + "]",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "null",
    };
}
