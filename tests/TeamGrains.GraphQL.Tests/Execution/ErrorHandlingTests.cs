using TeamGrains.GraphQL.Types;
using static TeamGrains.GraphQL.Tests.Execution.ExecutionHarness;

namespace TeamGrains.GraphQL.Tests.Execution;

public sealed class ErrorHandlingTests
{
    private const string Sdl = """
        type Query {
          nullable: Item
          nonNull: Item!
          items: [Item]
          strictItems: [Item!]
          strictList: [Item!]!
          failing: String
          coded: String
          secret: String
          filtered: String
          asyncFailing: String
          wrongScalar: Int
        }
        type Item { id: Int! name: String! optional: String }
        """;

    private static readonly Schema Schema = SchemaBuilder.FromSdl(Sdl)
        .Resolve("Query", "nullable", _ => new Dictionary<string, object?> { ["id"] = 1, ["name"] = null })
        .Resolve("Query", "nonNull", _ => new Dictionary<string, object?> { ["id"] = 2, ["name"] = null })
        .Resolve("Query", "items", _ => Items())
        .Resolve("Query", "strictItems", _ => Items())
        .Resolve("Query", "strictList", _ => Items())
        .Resolve("Query", "failing", _ => throw new GraphQLException("Nope."))
        .Resolve("Query", "coded", _ => throw new GraphQLException("Forbidden here.", "FORBIDDEN", new Dictionary<string, object?> { ["detail"] = 7 }))
        .Resolve("Query", "secret", _ => throw new InvalidOperationException("connection string=secret"))
        .Resolve("Query", "filtered", _ => throw new TimeoutException("internal detail"))
        .ResolveAsync("Query", "asyncFailing", async _ =>
        {
            await Task.Yield();
            throw new GraphQLException("Later.");
#pragma warning disable CS0162 // the typed return keeps the lambda a Task<string>
            return "unreachable";
#pragma warning restore CS0162
        })
        .Resolve("Query", "wrongScalar", _ => "twelve")
        .Build();

    private static object?[] Items() =>
    [
        new Dictionary<string, object?> { ["id"] = 1, ["name"] = "a" },
        new Dictionary<string, object?> { ["id"] = 2, ["name"] = null },
    ];

    [Fact]
    public async Task NullInNonNullFieldNullsTheNearestNullableParent()
    {
        var result = await ExecuteAsync(Schema, "{ nullable { id name } failing }");
        AssertJson("""
            {'errors':[
               {'message':'Cannot return null for non-nullable field Item.name.','locations':[{'line':1,'column':17}],'path':['nullable','name']},
               {'message':'Nope.','locations':[{'line':1,'column':24}],'path':['failing']}],
             'data':{'nullable':null,'failing':null}}
            """, result);
    }

    [Fact]
    public async Task NullPropagatesUpToDataWhenEveryPositionIsNonNull()
    {
        var result = await ExecuteAsync(Schema, "{ nonNull { name } }");
        Assert.True(result.HasData);
        Assert.Null(result.Data);
        Assert.Equal(["nonNull", "name"], Assert.Single(result.Errors!).Path);
        Assert.StartsWith("{\"errors\":[", result.ToJson(), StringComparison.Ordinal);
        Assert.EndsWith("\"data\":null}", result.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListItemsNullIndividuallyOrTheWholeList()
    {
        var result = await ExecuteAsync(Schema, "{ items { id name } strictItems { name } }");
        AssertJson("""
            {'errors':[
               {'message':'Cannot return null for non-nullable field Item.name.','locations':[{'line':1,'column':14}],'path':['items',1,'name']},
               {'message':'Cannot return null for non-nullable field Item.name.','locations':[{'line':1,'column':35}],'path':['strictItems',1,'name']}],
             'data':{'items':[{'id':1,'name':'a'},null],'strictItems':null}}
            """, result);

        var strict = await ExecuteAsync(Schema, "{ strictList { name } }");
        Assert.Null(strict.Data);
    }

    [Fact]
    public async Task GraphQLExceptionsKeepMessageAndCode()
    {
        var result = await ExecuteAsync(Schema, "{ coded }");
        AssertJson("""
            {'errors':[{'message':'Forbidden here.','locations':[{'line':1,'column':3}],'path':['coded'],'extensions':{'code':'FORBIDDEN','detail':7}}],
             'data':{'coded':null}}
            """, result);
        Assert.Equal("FORBIDDEN", result.Errors![0].Code);
    }

    [Fact]
    public async Task OtherExceptionsHideTheirDetails()
    {
        var reported = new List<Exception>();
        var options = new ExecutionOptions
        {
            ErrorFilter = exception => exception is TimeoutException
                ? new GraphQLError("Took too long.", extensions: new Dictionary<string, object?> { ["code"] = "UNAVAILABLE" })
                : null,
            OnUnexpectedError = reported.Add,
        };
        var result = await ExecuteAsync(Schema, "{ secret filtered }", options: options);
        AssertJson("""
            {'errors':[
               {'message':'Unexpected error.','locations':[{'line':1,'column':3}],'path':['secret']},
               {'message':'Took too long.','locations':[{'line':1,'column':10}],'path':['filtered'],'extensions':{'code':'UNAVAILABLE'}}],
             'data':{'secret':null,'filtered':null}}
            """, result);
        Assert.IsType<InvalidOperationException>(Assert.Single(reported));
    }

    [Fact]
    public async Task AsyncErrorsAndSerializationErrorsAreFieldErrors()
    {
        var result = await ExecuteAsync(Schema, "{ asyncFailing wrongScalar }");

        // The two errors may be recorded in either order: the async one completes on another thread.
        var byPath = result.Errors!.ToDictionary(e => (string)e.Path![0], e => e.Message);
        Assert.Equal("Later.", byPath["asyncFailing"]);
        Assert.Equal("Int cannot represent non-integer value: \"twelve\"", byPath["wrongScalar"]);
        Assert.Equal([null, null], result.Data!.Values);
    }
}
