using System.Text.Json;

namespace Bff.GraphQL.Server.Persisted;

/// <summary>
/// Reads an Apollo persisted-query manifest, as Apollo Kotlin, Apollo iOS and <c>generate-persisted-query-manifest</c>
/// write it: <c>{"format":"apollo-persisted-query-manifest","version":1,"operations":[{"id","body","name","type"}]}</c>.
/// Anything else fails with <see cref="InvalidOperationException"/> naming the file and the entry.
/// </summary>
public static class ApolloPersistedQueryManifest
{
    /// <summary>The value of <c>format</c>.</summary>
    public const string Format = "apollo-persisted-query-manifest";

    /// <summary>Loads the manifest at <paramref name="path"/> within <paramref name="limits"/>.</summary>
    public static IReadOnlyList<PersistedOperation> Load(string path, PersistedOperationLimits? limits = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        limits ??= PersistedOperationLimits.Default;
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            throw new FileNotFoundException($"The persisted query manifest \"{path}\" does not exist.", path);
        }

        if (file.Length > limits.MaxBytes)
        {
            throw Invalid(path, $"it is {file.Length} bytes, more than the limit of {limits.MaxBytes}");
        }

        try
        {
            using var document = JsonDocument.Parse(WithoutByteOrderMark(File.ReadAllBytes(path)), new JsonDocumentOptions { MaxDepth = 8 });
            return Read(path, document.RootElement, limits);
        }
        catch (JsonException exception)
        {
            throw Invalid(path, "it is not JSON: " + exception.Message);
        }
    }

    // Editors and tools on Windows (and .NET's Encoding.UTF8) start UTF-8 files with a byte order mark, which JSON
    // parsers may ignore (RFC 8259, 8.1) and System.Text.Json's reader refuses.
    private static ReadOnlyMemory<byte> WithoutByteOrderMark(byte[] bytes) =>
        bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes.AsMemory(3) : bytes;

    private static List<PersistedOperation> Read(string path, JsonElement root, PersistedOperationLimits limits)
    {
        if (root.ValueKind != JsonValueKind.Object || String(root, "format") != Format)
        {
            throw Invalid(path, $"\"format\" must be \"{Format}\"");
        }

        if (!root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number || version.GetRawText() != "1")
        {
            throw Invalid(path, "\"version\" must be 1");
        }

        if (!root.TryGetProperty("operations", out var entries) || entries.ValueKind != JsonValueKind.Array)
        {
            throw Invalid(path, "\"operations\" must be an array");
        }

        if (entries.GetArrayLength() > limits.MaxOperations)
        {
            throw Invalid(path, $"it has {entries.GetArrayLength()} operations, more than the limit of {limits.MaxOperations}");
        }

        var operations = new List<PersistedOperation>();
        var index = 0;
        foreach (var entry in entries.EnumerateArray())
        {
            var id = entry.ValueKind == JsonValueKind.Object ? String(entry, "id") : null;
            var body = entry.ValueKind == JsonValueKind.Object ? String(entry, "body") : null;
            if (string.IsNullOrEmpty(id) || string.IsNullOrEmpty(body))
            {
                throw Invalid(path, $"operations[{index}] must be an object with a string \"id\" and \"body\"");
            }

            operations.Add(new PersistedOperation(id, body, String(entry, "name"), String(entry, "type")));
            index++;
        }

        return operations;
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static InvalidOperationException Invalid(string path, string why) =>
        new($"The persisted query manifest \"{path}\" is not valid: {why}.");
}
