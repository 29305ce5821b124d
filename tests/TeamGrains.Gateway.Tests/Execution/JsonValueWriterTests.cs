using System.Text;
using System.Text.Json;
using TeamGrains.Gateway.Execution;

namespace TeamGrains.Gateway.Tests.Execution;

/// <summary>Engine result values are written as JSON in their own order.</summary>
public sealed class JsonValueWriterTests
{
    [Fact]
    public void MapsListsAndScalarsAreWrittenInOrder()
    {
        var value = new Dictionary<string, object?>
        {
            ["b"] = 1,
            ["a"] = new List<object?> { "x", true, null, 2.5, 3L },
            ["c"] = new Dictionary<string, object?> { ["d"] = "é\"" },
        };

        var text = Write(value);

        Assert.Equal("{\"b\":1,\"a\":[\"x\",true,null,2.5,3],\"c\":{\"d\":\"é\\\"\"}}", JsonSerializer.Serialize(JsonDocument.Parse(text).RootElement, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    private static string Write(object? value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            JsonValueWriter.Write(writer, value);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
