using System.Text.Encodings.Web;
using System.Text.Json;
using TeamGrains.GraphQL.Language;
using TeamGrains.GraphQL.Tests.Validation;
using TeamGrains.GraphQL.Validation;
using Xunit.Abstractions;

namespace TeamGrains.GraphQL.Tests.Differential;

/// <summary>
/// Every valid document of the execution corpus gives, with our executor, the same <c>data</c> and
/// the same error paths as graphql-js's <c>execute</c> over the same schema and resolvers, compared
/// byte for byte after the normalization of tests/graphqljs/execute.mjs.
/// </summary>
public sealed class ExecutionDifferentialTests(ITestOutputHelper output)
{
    private static readonly JsonWriterOptions CompactRelaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public async Task DataEqualsGraphQLJs()
    {
        var differences = await CompareAsync("data");
        Assert.True(differences.Count == 0, string.Join('\n', differences));
    }

    /// <summary>
    /// Error paths too: graphql-js 17 follows the spec's "only one error per response position" to
    /// the letter (graphql-js PR 4458, spec PR 1183): once an error has nulled a position, later
    /// errors from inside that position are not reported.
    /// </summary>
    [Fact]
    public async Task ErrorPathsEqualGraphQLJs()
    {
        var differences = await CompareAsync("errorPaths");
        Assert.True(differences.Count == 0, string.Join('\n', differences));
    }

    /// <summary>Runs every valid corpus document on both engines; lists the documents whose part differs.</summary>
    private async Task<List<string>> CompareAsync(string part)
    {
        var corpus = HarnessSchemas.HarnessFile("corpus", "execution");
        var cases = CorpusCase.ReadAll(corpus);
        using var reference = NodeHarness.RunJson("execute.mjs", corpus);
        var expected = reference.RootElement.EnumerateArray().ToList();
        Assert.Equal(cases.Count, expected.Count);

        var executor = new GraphQLExecutor(StarWarsTestSchema.Schema);
        var differences = new List<string>();
        var executed = 0;
        for (var i = 0; i < cases.Count; i++)
        {
            if (!expected[i].GetProperty("valid").GetBoolean())
            {
                continue;
            }

            executed++;
            var request = new GraphQLRequest
            {
                Query = cases[i].Document,
                OperationName = cases[i].OperationName,
                VariablesJson = cases[i].VariablesJson is { } json ? JsonDocument.Parse(json).RootElement : null,
            };
            var ours = Normalize((await executor.ExecuteAsync(request)).ToJson());
            var theirs = expected[i].GetProperty("result").GetString()!;
            if (Part(ours, part) != Part(theirs, part))
            {
                differences.Add($"{cases[i].Name}:\n  ours:       {ours}\n  graphql-js: {theirs}");
            }
        }

        output.WriteLine($"{part}: {executed - differences.Count}/{executed} executed documents agree byte for byte.");
        return differences;
    }

    /// <summary>The raw JSON of one part of a normalized result ("absent" when the response has no data).</summary>
    private static string Part(string normalized, string part)
    {
        using var document = JsonDocument.Parse(normalized);
        return document.RootElement.TryGetProperty(part, out var value) ? value.GetRawText() : "absent";
    }

    /// <summary>The normalization of execute.mjs: {"data":...,"errorPaths":[sorted JSON paths]}, compact.</summary>
    internal static string Normalize(string responseJson)
    {
        using var response = JsonDocument.Parse(responseJson);
        var root = response.RootElement;
        var paths = new List<string>();
        if (root.TryGetProperty("errors", out var errors))
        {
            foreach (var error in errors.EnumerateArray())
            {
                paths.Add(error.TryGetProperty("path", out var path) ? Compact(path) : "null");
            }
        }

        paths.Sort(StringComparer.Ordinal);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, CompactRelaxed))
        {
            writer.WriteStartObject();
            if (root.TryGetProperty("data", out var data))
            {
                writer.WritePropertyName("data");
                WriteNormalized(writer, data);
            }

            writer.WriteStartArray("errorPaths");
            foreach (var path in paths)
            {
                writer.WriteStringValue(path);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string Compact(JsonElement element)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, CompactRelaxed))
        {
            WriteNormalized(writer, element);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Numbers as JavaScript prints them (shortest round trip, no ".0"); everything else as is.</summary>
    private static void WriteNormalized(Utf8JsonWriter writer, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in element.EnumerateObject())
                {
                    writer.WritePropertyName(property.Name);
                    WriteNormalized(writer, property.Value);
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    WriteNormalized(writer, item);
                }

                writer.WriteEndArray();
                break;
            case JsonValueKind.Number:
                var number = element.GetDouble();
                writer.WriteRawValue(number == Math.Floor(number) && Math.Abs(number) < 1e15
                    ? ((long)number).ToString(System.Globalization.CultureInfo.InvariantCulture)
                    : number.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }
}
