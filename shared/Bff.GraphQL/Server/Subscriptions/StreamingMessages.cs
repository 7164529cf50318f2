using System.Buffers;
using System.Text.Json;
using Bff.GraphQL.Execution;

namespace Bff.GraphQL.Server.Subscriptions;

/// <summary>The JSON of the transports' messages, written once into a byte array the queue can hold.</summary>
internal static class StreamingMessages
{
    private static readonly JsonWriterOptions WriterOptions = new() { SkipValidation = true };

    /// <summary><c>{"id":..,"type":..,"payload":result}</c>, or without id or payload when null.</summary>
    public static byte[] Message(string type, string? id = null, ExecutionResult? result = null) =>
        Write(writer =>
        {
            writer.WriteStartObject();
            if (id is not null)
            {
                writer.WriteString("id", id);
            }

            writer.WriteString("type", type);
            if (result is not null)
            {
                writer.WritePropertyName("payload");
                ExecutionResultWriter.Write(writer, result);
            }

            writer.WriteEndObject();
        });

    /// <summary><c>{"id":..,"type":"error","payload":[errors]}</c> (graphql-transport-ws).</summary>
    public static byte[] Errors(string id, IReadOnlyList<GraphQLError> errors) =>
        Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("id", id);
            writer.WriteString("type", "error");
            writer.WriteStartArray("payload");
            foreach (var error in errors)
            {
                ExecutionResultWriter.WriteError(writer, error);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });

    /// <summary>A <c>ping</c> or <c>pong</c>, echoing the payload it answers (as raw JSON) when there is one.</summary>
    public static byte[] PingOrPong(string type, JsonElement? payload) =>
        Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("type", type);
            if (payload is { ValueKind: not JsonValueKind.Undefined and not JsonValueKind.Null } value)
            {
                writer.WritePropertyName("payload");
                value.WriteTo(writer);
            }

            writer.WriteEndObject();
        });

    /// <summary><c>connection_ack</c>, with the payload the connect handler gave.</summary>
    public static byte[] Ack(IReadOnlyDictionary<string, object?>? payload) =>
        Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("type", "connection_ack");
            if (payload is not null)
            {
                writer.WritePropertyName("payload");
                ExecutionResultWriter.WriteValue(writer, payload);
            }

            writer.WriteEndObject();
        });

    /// <summary>An SSE event: <c>event: name</c> and one <c>data:</c> line of JSON (JSON has no raw newlines).</summary>
    public static byte[] ServerSentEvent(string name, ExecutionResult? result)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        buffer.Write("event: "u8);
        buffer.Write(System.Text.Encoding.UTF8.GetBytes(name));
        buffer.Write("\ndata:"u8);
        if (result is not null)
        {
            buffer.Write(" "u8);
            using var writer = new Utf8JsonWriter(buffer, WriterOptions);
            ExecutionResultWriter.Write(writer, result);
        }

        buffer.Write("\n\n"u8);
        return buffer.WrittenSpan.ToArray();
    }

    private static byte[] Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }
}
