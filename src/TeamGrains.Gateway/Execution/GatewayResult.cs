using System.Text.Json;

namespace TeamGrains.Gateway.Execution;

/// <summary>
/// The outcome of one GraphQL operation, transport-neutral. <see cref="WriteData"/> is null for a
/// request error (nothing executed: the response has no <c>data</c> entry, GraphQL spec §7.1.2).
/// </summary>
public sealed class GatewayResult
{
    public GatewayResult(Action<Utf8JsonWriter>? writeData, IReadOnlyList<GatewayError> errors)
    {
        WriteData = writeData;
        Errors = errors;
    }

    /// <summary>Writes the value of the <c>data</c> entry (an object or null); null when there is no data entry.</summary>
    public Action<Utf8JsonWriter>? WriteData { get; }

    public IReadOnlyList<GatewayError> Errors { get; }

    /// <summary>Entries for the response's <c>extensions</c> map (the consistency token).</summary>
    public Dictionary<string, string> Extensions { get; } = new(StringComparer.Ordinal);

    public bool HasData => WriteData is not null;

    /// <summary>An HTTP status the transport must use whatever the media type (429 for a spent budget, 503 for a node behind).</summary>
    public int? HttpStatus { get; init; }

    /// <summary>A request error: the operation did not run.</summary>
    public static GatewayResult RequestError(string code, string message, int? httpStatus = null) =>
        new(null, [new GatewayError(message, code)]) { HttpStatus = httpStatus };
}
