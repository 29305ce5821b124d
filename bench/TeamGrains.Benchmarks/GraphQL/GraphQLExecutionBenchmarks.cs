using BenchmarkDotNet.Attributes;
using TeamGrains.GraphQL;

namespace TeamGrains.Benchmarks.GraphQL;

/// <summary>
/// End to end through <see cref="GraphQLExecutor"/>: "Cold" executors have the document cache off,
/// so every call parses, validates and executes (the graphql-dotnet comparison); "Cached" ones reuse
/// the prepared document, as a server does for repeated queries.
/// </summary>
[MemoryDiagnoser]
public class GraphQLExecutionBenchmarks
{
    private static readonly GraphQLRequest Introspection = new() { Query = IntrospectionQuery.Text };
    private static readonly GraphQLRequest Nested = new() { Query = BenchmarkSchema.NestedQuery };
    private static readonly GraphQLRequest Simple = new() { Query = BenchmarkSchema.SimpleQuery };

    private GraphQLExecutor _cold = null!;
    private GraphQLExecutor _cached = null!;

    [GlobalSetup]
    public void Setup()
    {
        var schema = BenchmarkSchema.Build();
        _cold = new GraphQLExecutor(schema, new ExecutionOptions { DocumentCacheSize = 0 });
        _cached = new GraphQLExecutor(schema);

        // Measure real work only: every request must succeed.
        foreach (var request in new[] { Introspection, Nested, Simple })
        {
            var result = _cold.ExecuteAsync(request).GetAwaiter().GetResult();
            if (result.Errors is { Count: > 0 } || !result.HasData)
            {
                throw new InvalidOperationException($"Benchmark request failed: {result.ToJson()}");
            }
        }
    }

    [Benchmark]
    public Task<ExecutionResult> IntrospectionParseValidateExecute() => _cold.ExecuteAsync(Introspection);

    [Benchmark]
    public Task<ExecutionResult> NestedQuery30FieldsCold() => _cold.ExecuteAsync(Nested);

    [Benchmark]
    public Task<ExecutionResult> NestedQuery30FieldsCached() => _cached.ExecuteAsync(Nested);

    [Benchmark]
    public Task<ExecutionResult> SimpleQueryCold() => _cold.ExecuteAsync(Simple);

    [Benchmark]
    public Task<ExecutionResult> SimpleQueryCached() => _cached.ExecuteAsync(Simple);

    /// <summary>Execution plus JSON serialization of the response, as the gateway does.</summary>
    [Benchmark]
    public async Task<int> SimpleQueryColdToJson() => (await _cold.ExecuteAsync(Simple)).ToJson().Length;
}
