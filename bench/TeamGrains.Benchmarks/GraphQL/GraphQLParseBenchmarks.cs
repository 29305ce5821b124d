using BenchmarkDotNet.Attributes;
using TeamGrains.GraphQL.Language;
using TeamGrains.GraphQL.Types;
using TeamGrains.GraphQL.Validation;

namespace TeamGrains.Benchmarks.GraphQL;

/// <summary>Language and validation alone: parsing and validating the standard introspection query.</summary>
[MemoryDiagnoser]
public class GraphQLParseBenchmarks
{
    private Schema _schema = null!;
    private DocumentNode _introspection = null!;

    [GlobalSetup]
    public void Setup()
    {
        _schema = BenchmarkSchema.Build();
        _introspection = Parser.Parse(IntrospectionQuery.Text);
    }

    [Benchmark]
    public DocumentNode ParseIntrospectionQuery() => Parser.Parse(IntrospectionQuery.Text);

    [Benchmark]
    public int ValidateIntrospectionQuery() => DocumentValidator.Validate(_schema, _introspection).Count;

    [Benchmark]
    public int ValidateSimpleQuery() => DocumentValidator.Validate(_schema, Parser.Parse(BenchmarkSchema.SimpleQuery)).Count;
}
