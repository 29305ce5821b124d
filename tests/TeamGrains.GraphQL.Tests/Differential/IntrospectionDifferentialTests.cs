using TeamGrains.GraphQL.Tests.Validation;
using TeamGrains.GraphQL.Types;

namespace TeamGrains.GraphQL.Tests.Differential;

/// <summary>
/// Our introspection describes the schema we loaded exactly as graphql-js understands the SDL:
/// graphql-js <c>printSchema(buildClientSchema(our introspection result))</c> equals its
/// <c>printSchema(buildSchema(sdl))</c>, for the product contract schema and the Dog/Cat schema.
/// </summary>
public sealed class IntrospectionDifferentialTests
{
    public static TheoryData<string> SchemaFiles => new()
    {
        // The contract schema as the gateway embeds it (a gateway test keeps it equal to shared/contract).
        Path.Combine("src", "TeamGrains.Gateway", "Schema", "schema.graphql"),
        Path.Combine("tests", "graphqljs", "schemas", "dogcat.graphql"),
        Path.Combine("tests", "graphqljs", "schemas", "starwars.graphql"),
    };

    [Theory]
    [MemberData(nameof(SchemaFiles))]
    public async Task IntrospectionPrintsLikeTheSdl(string relativePath)
    {
        var sdlFile = Path.Combine(HarnessSchemas.RepositoryRoot, relativePath);
        var schema = SchemaBuilder.FromSdl(await File.ReadAllTextAsync(sdlFile)).Build();
        var introspectionQuery = NodeHarness.Run("print-schema.mjs", "query");

        var result = await new GraphQLExecutor(schema).ExecuteAsync(new GraphQLRequest { Query = introspectionQuery });
        Assert.Null(result.Errors);
        var resultFile = Path.Combine(Path.GetTempPath(), $"introspection-{Guid.NewGuid():N}.json");
        try
        {
            await File.WriteAllTextAsync(resultFile, result.ToJson());
            var fromIntrospection = NodeHarness.Run("print-schema.mjs", "introspection", resultFile);
            var fromSdl = NodeHarness.Run("print-schema.mjs", "sdl", sdlFile);
            Assert.Equal(fromSdl, fromIntrospection);
        }
        finally
        {
            File.Delete(resultFile);
        }
    }
}
