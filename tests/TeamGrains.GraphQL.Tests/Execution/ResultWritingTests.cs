using System.Buffers;
using System.Text;
using System.Text.Json;
using TeamGrains.GraphQL.Types;
using static TeamGrains.GraphQL.Tests.Execution.ExecutionHarness;

namespace TeamGrains.GraphQL.Tests.Execution;

public sealed class ResultWritingTests
{
    [Fact]
    public async Task WritesErrorsThenDataThenExtensions()
    {
        var schema = SchemaBuilder.FromSdl("type Query { b: Int a: String fail: Int }")
            .Resolve("Query", "b", _ => 2)
            .Resolve("Query", "a", _ => "x")
            .Resolve("Query", "fail", _ => throw new GraphQLException("No.", "BAD"))
            .Build();
        var result = (await ExecuteAsync(schema, "{ b fail a }")).WithExtensions(new Dictionary<string, object?> { ["token"] = 42L });

        Assert.Equal(
            "{\"errors\":[{\"message\":\"No.\",\"locations\":[{\"line\":1,\"column\":5}],\"path\":[\"fail\"],\"extensions\":{\"code\":\"BAD\"}}],"
            + "\"data\":{\"b\":2,\"fail\":null,\"a\":\"x\"},\"extensions\":{\"token\":42}}",
            result.ToJson());
        Assert.Equal(["b", "fail", "a"], result.Data!.Keys);
    }

    [Fact]
    public void WritesASingleErrorForProtocolMessages()
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            new GraphQLError("Oops", [new SourceLocation(2, 3)], ["a", 0]).WriteTo(writer);
        }

        Assert.Equal("{\"message\":\"Oops\",\"locations\":[{\"line\":2,\"column\":3}],\"path\":[\"a\",0]}", Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    [Fact]
    public async Task StopsRunawayNestingWithAFieldError()
    {
        var schema = Builder().Resolve("Dog", "owner", _ => new Dictionary<string, object?> { ["name"] = "H", ["pets"] = new[] { Rex } })
            .Resolve("Human", "pets", _ => new[] { Rex })
            .Build();

        // Self-referencing data could nest without end; the executor stops at MaxExecutionDepth.
        var query = "{ dog { " + string.Concat(Enumerable.Repeat("owner { pets { ... on Dog { ", 8)) + "name" + new string('}', 8 * 3) + " } }";
        var result = await ExecuteAsync(schema, query, options: new ExecutionOptions { MaxExecutionDepth = 20 });

        Assert.Contains(result.Errors!, e => e.Message == "The response is nested deeper than 20 levels.");
        Assert.True(result.HasData);
    }
}
