using System.Text.Json;

namespace TeamGrains.Gateway.Execution;

/// <summary>
/// Writes a <see cref="GatewayResult"/> as a GraphQL response map (GraphQL spec §7.1: errors, data,
/// extensions), stamping every error with <c>extensions.requestId</c> so that a client can quote it.
/// </summary>
public static class GatewayResultWriter
{
    public static void Write(Utf8JsonWriter writer, GatewayResult result, string requestId)
    {
        writer.WriteStartObject();
        if (result.Errors.Count > 0)
        {
            writer.WritePropertyName("errors");
            WriteErrors(writer, result.Errors, requestId);
        }

        if (result.WriteData is not null)
        {
            writer.WritePropertyName("data");
            result.WriteData(writer);
        }

        if (result.Extensions.Count > 0)
        {
            writer.WriteStartObject("extensions");
            foreach (var (name, value) in result.Extensions)
            {
                writer.WriteString(name, value);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    public static void WriteErrors(Utf8JsonWriter writer, IReadOnlyList<GatewayError> errors, string requestId)
    {
        writer.WriteStartArray();
        foreach (var error in errors)
        {
            writer.WriteStartObject();
            writer.WriteString("message", error.Message);
            if (error.Locations is { Count: > 0 })
            {
                writer.WriteStartArray("locations");
                foreach (var location in error.Locations)
                {
                    writer.WriteStartObject();
                    writer.WriteNumber("line", location.Line);
                    writer.WriteNumber("column", location.Column);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }

            if (error.Path is { Count: > 0 })
            {
                writer.WriteStartArray("path");
                foreach (var segment in error.Path)
                {
                    if (segment is int index)
                    {
                        writer.WriteNumberValue(index);
                    }
                    else
                    {
                        writer.WriteStringValue(segment.ToString());
                    }
                }

                writer.WriteEndArray();
            }

            writer.WriteStartObject("extensions");
            if (error.Code is not null)
            {
                writer.WriteString("code", error.Code);
            }

            writer.WriteString("requestId", requestId);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
