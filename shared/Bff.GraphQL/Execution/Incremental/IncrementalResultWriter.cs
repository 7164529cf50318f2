using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Bff.GraphQL.Execution.Incremental;

/// <summary>
/// Writes incremental payloads in either format: the current draft's (<c>pending</c> / <c>incremental</c> by id /
/// <c>completed</c>) or Apollo's <c>deferSpec=20220824</c> (<c>incremental</c> entries with <c>path</c> and <c>label</c>).
/// </summary>
public static class IncrementalResultWriter
{
    /// <summary>The initial result, with <c>pending</c> (current format) and <c>hasNext</c>.</summary>
    public static void WriteInitial(Utf8JsonWriter writer, IncrementalExecutionResult result, IncrementalFormat format)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        if (!result.HasNext)
        {
            // Nothing was deferred: a plain result, as graphql-js returns then.
            ExecutionResultWriter.Write(writer, result.Initial);
            return;
        }

        var initial = result.Initial;
        writer.WriteStartObject();
        WriteErrors(writer, initial.Errors);
        if (initial.HasData)
        {
            writer.WritePropertyName("data"u8);
            ExecutionResultWriter.WriteValue(writer, initial.Data);
        }

        if (format == IncrementalFormat.Current && result.Pending.Count > 0)
        {
            WritePending(writer, result.Pending);
        }

        writer.WriteBoolean("hasNext"u8, result.HasNext);
        if (initial.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions"u8);
            ExecutionResultWriter.WriteValue(writer, extensions);
        }

        writer.WriteEndObject();
    }

    /// <summary>A subsequent payload.</summary>
    public static void WriteSubsequent(Utf8JsonWriter writer, SubsequentResult payload, IncrementalFormat format)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(payload);
        writer.WriteStartObject();
        if (format == IncrementalFormat.Current)
        {
            WriteCurrent(writer, payload);
        }
        else
        {
            WriteLegacy(writer, payload);
        }

        writer.WriteBoolean("hasNext"u8, payload.HasNext);
        writer.WriteEndObject();
    }

    /// <summary>The initial result as a JSON string, for tests and tools.</summary>
    public static string InitialToJson(IncrementalExecutionResult result, IncrementalFormat format) =>
        ToJson(w => WriteInitial(w, result, format));

    /// <summary>A subsequent payload as a JSON string, for tests and tools.</summary>
    public static string SubsequentToJson(SubsequentResult payload, IncrementalFormat format) =>
        ToJson(w => WriteSubsequent(w, payload, format));

    private static void WriteCurrent(Utf8JsonWriter writer, SubsequentResult payload)
    {
        if (payload.Pending.Count > 0)
        {
            WritePending(writer, payload.Pending);
        }

        if (payload.Incremental.Count > 0)
        {
            writer.WriteStartArray("incremental"u8);
            foreach (var entry in payload.Incremental)
            {
                writer.WriteStartObject();
                writer.WriteString("id"u8, entry.Id);
                WriteContent(writer, entry);
                WriteErrors(writer, entry.Errors);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (payload.Completed.Count > 0)
        {
            writer.WriteStartArray("completed"u8);
            foreach (var completed in payload.Completed)
            {
                writer.WriteStartObject();
                writer.WriteString("id"u8, completed.Id);
                WriteErrors(writer, completed.Errors ?? []);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }
    }

    private static void WriteLegacy(Utf8JsonWriter writer, SubsequentResult payload)
    {
        var failed = payload.Completed.Where(c => c.Errors is not null).ToList();
        if (payload.Incremental.Count == 0 && failed.Count == 0)
        {
            return;
        }

        writer.WriteStartArray("incremental"u8);
        foreach (var entry in payload.Incremental)
        {
            writer.WriteStartObject();
            WriteContent(writer, entry);
            WriteLocation(writer, entry.Path, entry.Label, entry.Items is not null ? entry.ItemsOffset : null);
            WriteErrors(writer, entry.Errors);
            writer.WriteEndObject();
        }

        foreach (var completed in failed)
        {
            // Apollo's format has no "completed": a part that failed is an entry whose data (or items) is null.
            writer.WriteStartObject();
            writer.WriteNull(completed.IsStream ? "items"u8 : "data"u8);
            WriteLocation(writer, completed.Path, completed.Label, itemIndex: null);
            WriteErrors(writer, completed.Errors!);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteContent(Utf8JsonWriter writer, IncrementalEntry entry)
    {
        writer.WritePropertyName(entry.Items is null ? "data"u8 : "items"u8);
        ExecutionResultWriter.WriteValue(writer, (object?)entry.Items ?? entry.Data);
    }

    private static void WriteLocation(Utf8JsonWriter writer, IReadOnlyList<object> path, string? label, int? itemIndex)
    {
        writer.WritePropertyName("path"u8);
        ExecutionResultWriter.WriteValue(writer, itemIndex is { } index ? [.. path, index] : path);
        if (label is not null)
        {
            writer.WriteString("label"u8, label);
        }
    }

    private static void WritePending(Utf8JsonWriter writer, IReadOnlyList<PendingResult> pending)
    {
        writer.WriteStartArray("pending"u8);
        foreach (var part in pending)
        {
            writer.WriteStartObject();
            writer.WriteString("id"u8, part.Id);
            writer.WritePropertyName("path"u8);
            ExecutionResultWriter.WriteValue(writer, part.Path);
            if (part.Label is not null)
            {
                writer.WriteString("label"u8, part.Label);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteErrors(Utf8JsonWriter writer, IReadOnlyList<GraphQLError> errors)
    {
        if (errors.Count == 0)
        {
            return;
        }

        writer.WriteStartArray("errors"u8);
        foreach (var error in errors)
        {
            ExecutionResultWriter.WriteError(writer, error);
        }

        writer.WriteEndArray();
    }

    private static string ToJson(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
