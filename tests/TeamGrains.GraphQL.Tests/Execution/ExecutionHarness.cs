using System.Text.Json;
using TeamGrains.GraphQL.Types;

namespace TeamGrains.GraphQL.Tests.Execution;

/// <summary>Runs queries against the Dog/Cat/Human schema with in-memory data and compares JSON.</summary>
internal static class ExecutionHarness
{
    public sealed record Dog(string Name, string? Nickname, int? BarkVolume, Human? Owner = null);

    public sealed record Cat(string Name, int MeowVolume);

    public sealed record Human(string Name);

    public static readonly Dog Rex = new("Rex", "Rexy", 3, new Human("Ann"));

    public static SchemaBuilder Builder() => TestSchemas.DogCatHuman()
        .Resolve("Query", "dog", _ => Rex)
        .Resolve("Query", "findDog", context =>
        {
            var input = context.GetArgument<IReadOnlyDictionary<string, object?>>("searchBy");
            return input is null ? null : new Dog((string?)input["name"] ?? "?", null, null);
        })
        .Resolve("Query", "pets", _ => new object[] { Rex, new Cat("Tom", 7) })
        .Resolve("Query", "human", context => new Human(context.GetArgument<string>("name")!))
        .Resolve("Query", "petByInput", context => string.Join(",", context.GetArgument<IReadOnlyDictionary<string, object?>>("pet")!.Select(p => p.Key + "=" + p.Value)))
        .Resolve("Dog", "doesKnowCommand", context => context.GetArgument<string>("dogCommand") == "SIT")
        .Resolve("Dog", "isHouseTrained", context => context.GetArgument<bool?>("atOtherHomes") ?? true);

    public static Task<ExecutionResult> ExecuteAsync(Schema schema, string query, object? variables = null, ExecutionOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        var request = variables switch
        {
            string json => new GraphQLRequest { Query = query, VariablesJson = JsonDocument.Parse(json).RootElement },
            IReadOnlyDictionary<string, object?> map => new GraphQLRequest { Query = query, Variables = map },
            _ => new GraphQLRequest { Query = query },
        };
        return new GraphQLExecutor(schema, options).ExecuteAsync(request, cancellationToken);
    }

    /// <summary>Compares JSON ignoring whitespace: the expected text is written with single quotes for readability.</summary>
    public static void AssertJson(string expected, ExecutionResult result)
    {
        var normalizedExpected = JsonSerializer.Serialize(JsonDocument.Parse(expected.Replace('\'', '"')).RootElement);
        Assert.Equal(normalizedExpected, result.ToJson());
    }
}
