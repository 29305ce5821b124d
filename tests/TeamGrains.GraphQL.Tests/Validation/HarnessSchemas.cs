using TeamGrains.GraphQL.Types;

namespace TeamGrains.GraphQL.Tests.Validation;

/// <summary>
/// The schemas of the validation and differential tests, read from the graphql-js harness folder
/// (tests/graphqljs/schemas) so both implementations see exactly the same SDL.
/// </summary>
internal static class HarnessSchemas
{
    private static readonly Lazy<Schema> LazyDogCat = new(() => SchemaBuilder.FromSdl(File.ReadAllText(HarnessFile("schemas", "dogcat.graphql"))).Build());

    /// <summary>The spec's section 5 example schema (Dog, Cat, Human, Alien, ...), extended for argument and directive rules.</summary>
    public static Schema DogCat => LazyDogCat.Value;

    public static string HarnessDirectory => Path.Combine(RepositoryRoot, "tests", "graphqljs");

    public static string HarnessFile(params string[] parts) => Path.Combine([HarnessDirectory, .. parts]);

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "TeamGrains.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("TeamGrains.sln not found above " + AppContext.BaseDirectory);
    }
}
