using System.Buffers;
using System.Text;
using System.Text.Json;
using TeamGrains.GraphQL.Execution;

namespace TeamGrains.GraphQL;

/// <summary>
/// The response of one operation (spec 7.1): errors, data and extensions. Request errors (syntax,
/// validation, variables) have no "data" entry; execution results always have one (possibly null).
/// </summary>
public sealed class ExecutionResult
{
    internal ExecutionResult(ResultMap? data, bool hasData, IReadOnlyList<GraphQLError>? errors, IReadOnlyDictionary<string, object?>? extensions)
    {
        Data = data;
        HasData = hasData;
        Errors = errors is { Count: > 0 } ? errors : null;
        Extensions = extensions;
    }

    /// <summary>The data in selection order; null when a non-null root field failed or execution never started.</summary>
    public IReadOnlyDictionary<string, object?>? Data { get; }

    /// <summary>Whether "data" is written (false for request errors, spec 7.1.2).</summary>
    public bool HasData { get; }

    public IReadOnlyList<GraphQLError>? Errors { get; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>The same result with response extensions (e.g. tracing or a consistency token added by the host).</summary>
    public ExecutionResult WithExtensions(IReadOnlyDictionary<string, object?>? extensions)
        => new(Data as ResultMap, HasData, Errors, extensions);

    /// <summary>A request error: no execution took place.</summary>
    public static ExecutionResult FromErrors(IReadOnlyList<GraphQLError> errors) => new(null, false, errors, null);

    public static ExecutionResult FromError(GraphQLError error) => FromErrors([error]);

    /// <summary>Writes {"errors", "data", "extensions"} in that order, data fields in selection order.</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ResultWriter.Write(writer, this);
    }

    public string ToJson(bool indented = false)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, SkipValidation = true }))
        {
            WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
