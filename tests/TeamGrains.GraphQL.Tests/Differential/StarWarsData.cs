namespace TeamGrains.GraphQL.Tests.Differential;

/// <summary>The data of the execution test schema: the same records as tests/graphqljs/execution-schema.mjs.</summary>
internal static class StarWarsData
{
    private static readonly string[] AllEpisodes = ["NEWHOPE", "EMPIRE", "JEDI"];

    public static readonly IReadOnlyList<Human> Humans =
    [
        new("1000", "Luke Skywalker", ["1002", "1003", "2000", "2001", "9999"], AllEpisodes, "Tatooine", 1.72, ["3001", "3003"]),
        new("1001", "Darth Vader", ["1004"], AllEpisodes, "Tatooine", 2.02, ["3002"]),
        new("1002", "Han Solo", ["1000", "1003", "2001"], AllEpisodes, null, 1.8, ["3000", "3003"]),
        new("1003", "Leia Organa", ["1000", "1002", "2000", "2001"], AllEpisodes, "Alderaan", 1.5, []),
        new("1004", "Wilhuff Tarkin", ["1001"], ["NEWHOPE"], null, 1.8, []),
    ];

    public static readonly IReadOnlyList<Droid> Droids =
    [
        new("2000", "C-3PO", ["1000", "1002", "1003", "2001"], AllEpisodes, "Protocol"),
        new("2001", "R2-D2", ["1000", "1002", "1003"], AllEpisodes, "Astromech"),
    ];

    public static readonly IReadOnlyList<Starship> Starships =
    [
        new("3000", "Millennium Falcon", 34),
        new("3001", "X-Wing", 12),
        new("3002", "TIE Advanced x1", 9),
        new("3003", "Imperial shuttle", 20),
    ];

    public static readonly IReadOnlyList<IEntity> All = [.. Humans, .. Droids, .. Starships];

    public static IEntity? ById(string id) => All.FirstOrDefault(e => e.Id == id);

    /// <summary>A character (human or droid) by id; starships and unknown ids give null.</summary>
    public static IEntity? Character(string id) => id.StartsWith('1') || id.StartsWith('2') ? ById(id) : null;

    public interface IEntity
    {
        string Id { get; }

        string Name { get; }
    }

    public sealed record Human(string Id, string Name, string[] FriendIds, string[] AppearsIn, string? HomePlanet, double Height, string[] StarshipIds) : IEntity;

    public sealed record Droid(string Id, string Name, string[] FriendIds, string[] AppearsIn, string PrimaryFunction) : IEntity;

    public sealed record Starship(string Id, string Name, int Length) : IEntity;

    /// <summary>A level of the Nested chain.</summary>
    public sealed record NestedLevel(int Level, int Depth);

    public sealed record Item(int Id);
}
