using TeamGrains.GraphQL.Execution;
using TeamGrains.GraphQL.Types;
using static TeamGrains.GraphQL.Tests.Execution.ExecutionHarness;

namespace TeamGrains.GraphQL.Tests.Execution;

public sealed class ExecutorTests
{
    private static readonly Schema Schema = Builder().Build();

    [Fact]
    public async Task ResolvesPocosAliasesAndFragmentsInSelectionOrder()
    {
        var result = await ExecuteAsync(Schema, """
            query {
              dog { ...DogFields alias: name owner { name } }
              pets { __typename ... on Dog { barkVolume } ... on Cat { meowVolume } name }
            }
            fragment DogFields on Dog { nickname name barkVolume }
            """);
        AssertJson("""
            {'data':{'dog':{'nickname':'Rexy','name':'Rex','barkVolume':3,'alias':'Rex','owner':{'name':'Ann'}},
              'pets':[{'__typename':'Dog','barkVolume':3,'name':'Rex'},{'__typename':'Cat','meowVolume':7,'name':'Tom'}]}}
            """, result);
    }

    [Fact]
    public async Task CoercesArgumentsDefaultsEnumsAndInputObjects()
    {
        var result = await ExecuteAsync(Schema, """
            { human { name } other: human(name: "Bo") { name }
              dog { sit: doesKnowCommand(dogCommand: SIT) heel: doesKnowCommand(dogCommand: HEEL) isHouseTrained(atOtherHomes: false) }
              findDog(searchBy: {name: "Fido"}) { name }
              petByInput(pet: {cat: "Tom"}) }
            """);
        AssertJson("""
            {'data':{'human':{'name':'Ann'},'other':{'name':'Bo'},'dog':{'sit':true,'heel':false,'isHouseTrained':false},
              'findDog':{'name':'Fido'},'petByInput':'cat=Tom'}}
            """, result);
    }

    [Fact]
    public async Task CoercesVariablesFromJsonAndDictionaries()
    {
        const string query = "query($n: String, $cmd: DogCommand!, $by: FindDogInput, $skip: Boolean!) { human(name: $n) { name } dog { doesKnowCommand(dogCommand: $cmd) name @skip(if: $skip) } findDog(searchBy: $by) { name } }";
        var fromJson = await ExecuteAsync(Schema, query, """{"n":"Cy","cmd":"SIT","by":{"name":"Max"},"skip":true}""");
        AssertJson("{'data':{'human':{'name':'Cy'},'dog':{'doesKnowCommand':true},'findDog':{'name':'Max'}}}", fromJson);

        var fromDictionary = await ExecuteAsync(Schema, query, new Dictionary<string, object?>
        {
            ["cmd"] = "HEEL",
            ["by"] = new Dictionary<string, object?> { ["name"] = "Max" },
            ["skip"] = false,
        });
        // $n is not provided, so the argument's default applies (spec 6.4.1).
        AssertJson("{'data':{'human':{'name':'Ann'},'dog':{'doesKnowCommand':false,'name':'Rex'},'findDog':{'name':'Max'}}}", fromDictionary);
    }

    [Theory]
    [InlineData("""{"cmd":"JUMP"}""", "Variable \"$cmd\" got invalid value \"JUMP\"; value: value \"JUMP\" does not exist in \"DogCommand\" enum.")]
    [InlineData("""{}""", "Variable \"$cmd\" of required type \"DogCommand!\" was not provided.")]
    [InlineData("""{"cmd":null}""", "Variable \"$cmd\" of non-null type \"DogCommand!\" must not be null.")]
    [InlineData("""{"cmd":"SIT","n":5}""", "Variable \"$n\" got invalid value 5; value: String cannot represent a non string value: 5")]
    [InlineData("""{"cmd":"SIT","pet":{"cat":"a","dog":"b"}}""", "Variable \"$pet\" got invalid value {\"cat\":\"a\",\"dog\":\"b\"}; value: OneOf Input Object \"PetInput\" must specify exactly one key.")]
    public async Task RejectsInvalidVariablesAsRequestErrors(string variables, string message)
    {
        var result = await ExecuteAsync(Schema, "query($cmd: DogCommand!, $n: String, $pet: PetInput = {cat: \"x\"}) { dog { doesKnowCommand(dogCommand: $cmd) } human(name: $n) { name } petByInput(pet: $pet) }", variables);
        Assert.False(result.HasData);
        Assert.Equal(message, Assert.Single(result.Errors!).Message);
        Assert.DoesNotContain("\"data\"", result.ToJson(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("query A { dog { name } }\nquery B { dog { name } }", null, "Must provide operation name if query contains multiple operations.")]
    [InlineData("query A { dog { name } }", "B", "Unknown operation named \"B\".")]
    [InlineData("{ dog { name }", null, "Syntax Error: Expected Name, found <EOF>.")]
    public async Task ReportsRequestErrorsWithoutData(string query, string? operationName, string message)
    {
        var result = await new GraphQLExecutor(Schema).ExecuteAsync(new GraphQLRequest { Query = query, OperationName = operationName });
        Assert.False(result.HasData);
        Assert.Equal(message, Assert.Single(result.Errors!).Message);
    }

    [Fact]
    public async Task SelectsTheNamedOperation()
    {
        var result = await new GraphQLExecutor(Schema).ExecuteAsync(new GraphQLRequest { Query = "query A { dog { name } } query B { human { name } }", OperationName = "B" });
        AssertJson("{'data':{'human':{'name':'Ann'}}}", result);
    }

    [Fact]
    public async Task ResolvesAbstractTypesByTypenameRuntimeTypeOrTypeResolver()
    {
        var schema = TestSchemas.DogCatHuman()
            .Resolve("Query", "catOrDog", context => context.GetArgument<string>("id") switch
            {
                "1" => new Dictionary<string, object?> { ["__typename"] = "Cat", ["name"] = "Tom" },
                "2" => new Rover("Rover"),
                _ => new Human("Nope"),
            })
            .BindRuntimeType<Rover>("Dog")
            .Build();
        var result = await ExecuteAsync(schema, """
            { a: catOrDog(id: "1") { __typename ... on Cat { name } }
              b: catOrDog(id: "2") { __typename ... on Dog { name } }
              c: catOrDog(id: "3") { __typename } }
            """);
        AssertJson("""
            {'errors':[{'message':'Runtime Object type \u0022Human\u0022 is not a possible type for \u0022CatOrDog\u0022.','locations':[{'line':3,'column':3}],'path':['c']}],
             'data':{'a':{'__typename':'Cat','name':'Tom'},'b':{'__typename':'Dog','name':'Rover'},'c':null}}
            """, result);

        var withResolver = TestSchemas.DogCatHuman()
            .Resolve("Query", "catOrDog", _ => "anything")
            .ResolveType("CatOrDog", (value, _, _) => value is string ? "Cat" : null)
            .Build();
        AssertJson("{'data':{'catOrDog':{'__typename':'Cat'}}}", await ExecuteAsync(withResolver, "{ catOrDog(id: 1) { __typename } }"));
    }

    private sealed record Rover(string Name);

    [Fact]
    public async Task SerializesCustomScalarsAndDotNetEnums()
    {
        var schema = SchemaBuilder.FromSdl("scalar DateTime type Query { at: DateTime kinds: [PetKind!]! echo(at: DateTime!): String } enum PetKind { DOG CAT PENDING_REVIEW }")
            .Scalar("DateTime", DateTimeScalarConverter.Instance)
            .Resolve("Query", "at", _ => new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.FromHours(1)))
            .Resolve("Query", "kinds", _ => new object[] { Kind.Dog, "CAT", Kind.PendingReview })
            .Resolve("Query", "echo", context => context.GetArgument<DateTimeOffset>("at").ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Build();
        var result = await ExecuteAsync(schema, "{ at kinds echo(at: \"1970-01-01T00:01:00Z\") }");
        AssertJson("{'data':{'at':'2026-11-22T08:00:00Z','kinds':['DOG','CAT','PENDING_REVIEW'],'echo':'60'}}", result);
    }

    private enum Kind
    {
        Dog,
        PendingReview,
    }

    [Fact]
    public async Task LooksAheadAtTheSelection()
    {
        var seen = new List<bool>();
        var schema = Builder().Resolve("Query", "dog", context =>
        {
            seen.Add(context.IsSelected("owner"));
            return Rex;
        }).Build();
        await ExecuteAsync(schema, "{ dog { ... on Dog { owner { name } } } }");
        await ExecuteAsync(schema, "query($s: Boolean!) { dog { name owner @skip(if: $s) { name } } }", """{"s":true}""");
        Assert.Equal([true, false], seen);
    }

    [Fact]
    public async Task CachesPreparedDocuments()
    {
        var executor = new GraphQLExecutor(Schema, new ExecutionOptions { DocumentCacheSize = 2 });
        foreach (var query in new[] { "{ dog { name } }", "{ dog { name } }", "{ human { name } }", "{ pets { name } }" })
        {
            var result = await executor.ExecuteAsync(new GraphQLRequest { Query = query });
            Assert.Null(result.Errors);
        }

        Assert.Equal(2, executor.CachedDocumentCount);

        var small = new GraphQLExecutor(Schema, new ExecutionOptions { DocumentCacheMaxQueryLength = 10 });
        Assert.Null((await small.ExecuteAsync(new GraphQLRequest { Query = "{ dog { name } }" })).Errors);
        Assert.Equal(0, small.CachedDocumentCount);
    }

    [Fact]
    public async Task PassesContextToResolvers()
    {
        IResolverContext? captured = null;
        var schema = Builder().Resolve("Dog", "nickname", context =>
        {
            captured = context;
            context.Items["seen"] = true;
            return "n";
        }).Build();
        using var cancellation = new CancellationTokenSource();
        var request = new GraphQLRequest { Query = "{ dog { nick: nickname } }", UserContext = "user-1" };
        await new GraphQLExecutor(schema).ExecuteAsync(request, cancellation.Token);
        Assert.NotNull(captured);
        Assert.Equal(("user-1", "nickname", "nick", "Dog"), (captured.UserContext, captured.FieldName, captured.ResponseKey, captured.ParentType.Name));
        Assert.Equal(["dog", "nick"], captured.Path.ToList());
        Assert.Equal(cancellation.Token, captured.CancellationToken);
        Assert.Equal(Rex, captured.Source);
        Assert.Equal(true, captured.Items["seen"]);
    }

    [Fact]
    public async Task InterfaceBindingsServeImplementationsWithoutTheirOwn()
    {
        var schema = Builder()
            .Resolve("Pet", "name", context => "pet:" + ((Dog)context.Source!).Name)
            .Resolve("Cat", "name", _ => "own cat resolver")
            .Build();
        var result = await ExecuteAsync(schema, "{ pets { name } }");
        AssertJson("{'data':{'pets':[{'name':'pet:Rex'},{'name':'own cat resolver'}]}}", result);
    }

    [Fact]
    public void TellsTheOperationTypeFromTheCachedDocument()
    {
        var executor = new GraphQLExecutor(Schema);
        Assert.Equal(TeamGrains.GraphQL.Language.OperationType.Mutation, executor.GetOperationType("query A { dog { name } } mutation B { addPet(name: \"x\") }", "B"));
        Assert.Equal(TeamGrains.GraphQL.Language.OperationType.Query, executor.GetOperationType("{ dog { name } }", null));
        Assert.Null(executor.GetOperationType("{ dog {", null));
        Assert.Equal(3, executor.CachedDocumentCount);
    }

    [Fact]
    public async Task ConvertsArgumentsToTheRequestedTypes()
    {
        var seen = new List<object?>();
        var schema = SchemaBuilder.FromSdl("type Query { f(ids: [ID!]!, n: Int!, kind: PetKind!, ratio: Float): Int } enum PetKind { DOG PENDING_REVIEW }")
            .Resolve("Query", "f", context =>
            {
                seen.Add(context.GetArgument<string[]>("ids"));
                seen.Add(context.GetArgument<List<string>>("ids"));
                seen.Add(context.GetArgument<long>("n"));
                seen.Add(context.GetArgument<Kind>("kind"));
                seen.Add(context.GetArgument<decimal?>("ratio"));
                return 1;
            })
            .Build();

        var result = await ExecuteAsync(schema, "{ f(ids: [\"a\", 2], n: 3, kind: PENDING_REVIEW, ratio: 0.5) }");

        Assert.Null(result.Errors);
        Assert.Equal(["a", "2"], Assert.IsType<string[]>(seen[0]));
        Assert.Equal(["a", "2"], Assert.IsType<List<string>>(seen[1]));
        Assert.Equal(3L, seen[2]);
        Assert.Equal(Kind.PendingReview, seen[3]);
        Assert.Equal(0.5m, seen[4]);
    }

    [Fact]
    public async Task MutationWithoutMutationTypeIsRefused()
    {
        var schema = SchemaBuilder.FromSdl("type Query { a: Int }").Build();
        var result = await new GraphQLExecutor(schema).ExecuteAsync(new GraphQLRequest { Query = "mutation { a }" });
        Assert.Null(result.Data);
        Assert.Contains("mutation", Assert.Single(result.Errors!).Message, StringComparison.OrdinalIgnoreCase);
    }
}
