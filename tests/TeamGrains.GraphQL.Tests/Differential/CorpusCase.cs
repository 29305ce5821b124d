using System.Text.Json;
using System.Text.RegularExpressions;

namespace TeamGrains.GraphQL.Tests.Differential;

/// <summary>
/// One document of a corpus file (the format of tests/graphqljs/corpus.mjs): introduced by
/// <c>### name</c>, with optional <c>#! variables: {json}</c> and <c>#! operationName: X</c> lines.
/// </summary>
internal sealed partial record CorpusCase(string Name, string Document, string? VariablesJson, string? OperationName)
{
    public static List<CorpusCase> ReadAll(string directory) =>
        [.. Directory.GetFiles(directory, "*.graphql").Order(StringComparer.Ordinal).SelectMany(ReadFile)];

    public IReadOnlyDictionary<string, object?>? Variables =>
        VariablesJson is null ? null : JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(VariablesJson)!
            .ToDictionary(pair => pair.Key, pair => (object?)pair.Value);

    private static IEnumerable<CorpusCase> ReadFile(string file)
    {
        string? name = null;
        var lines = new List<string>();
        foreach (var line in File.ReadAllText(file).Split('\n'))
        {
            if (line.StartsWith("### ", StringComparison.Ordinal))
            {
                if (name is not null)
                {
                    yield return Create(name, lines);
                }

                name = line[4..].Trim();
                lines.Clear();
            }
            else if (name is not null)
            {
                lines.Add(line);
            }
        }

        if (name is not null)
        {
            yield return Create(name, lines);
        }
    }

    private static CorpusCase Create(string name, List<string> lines)
    {
        var document = string.Join('\n', lines).Trim();
        var variables = VariablesLine().Match(document);
        var operationName = OperationNameLine().Match(document);
        return new CorpusCase(
            name,
            document,
            variables.Success ? variables.Groups[1].Value.TrimEnd('\r') : null,
            operationName.Success ? operationName.Groups[1].Value.Trim() : null);
    }

    [GeneratedRegex("^#! variables: (.*)$", RegexOptions.Multiline)]
    private static partial Regex VariablesLine();

    [GeneratedRegex("^#! operationName: (.*)$", RegexOptions.Multiline)]
    private static partial Regex OperationNameLine();
}
