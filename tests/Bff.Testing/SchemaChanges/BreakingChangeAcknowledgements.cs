using System.Text.Json;

namespace Bff.Testing;

/// <summary>
/// The breaking changes a team has decided to ship, from the <c>schema.breaking.json</c> committed next to a
/// <c>schema.graphql</c>: <c>{"acknowledged": [{"type", "description", "reason"}]}</c>, type and description exactly
/// as graphql-js reports them (see docs/schema-changes.md). A missing file acknowledges nothing.
/// </summary>
public sealed class BreakingChangeAcknowledgements
{
    private readonly HashSet<SchemaChange> changes;

    private BreakingChangeAcknowledgements(IReadOnlyList<Acknowledgement> entries)
    {
        Entries = entries;
        changes = [.. entries.Select(e => new SchemaChange(e.Type, e.Description))];
    }

    /// <summary>None: every breaking change fails.</summary>
    public static BreakingChangeAcknowledgements None { get; } = new([]);

    /// <summary>The entries, in the file's order.</summary>
    public IReadOnlyList<Acknowledgement> Entries { get; }

    /// <summary>The acknowledgement file of a schema file: <c>schema.graphql</c> → <c>schema.breaking.json</c>.</summary>
    public static string PathFor(string schemaPath) =>
        Path.Combine(Path.GetDirectoryName(schemaPath)!, Path.GetFileNameWithoutExtension(schemaPath) + ".breaking.json");

    /// <summary>Reads <paramref name="path"/>; throws naming the entry when one lacks its type, description or reason.</summary>
    public static BreakingChangeAcknowledgements Load(string path)
    {
        if (!File.Exists(path))
        {
            return None;
        }

        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var entries = new List<Acknowledgement>();
        var index = 0;
        foreach (var entry in json.RootElement.GetProperty("acknowledged").EnumerateArray())
        {
            var type = Text(entry, "type");
            var description = Text(entry, "description");
            var reason = Text(entry, "reason");
            if (type is null || description is null || reason is null)
            {
                throw new InvalidDataException(
                    $"{path}: acknowledged[{index}] needs a type, a description (both as graphql-js reports the change) and a reason.");
            }

            entries.Add(new Acknowledgement(type, description, reason));
            index++;
        }

        return new BreakingChangeAcknowledgements(entries);
    }

    /// <summary>Whether <paramref name="change"/> is listed (type and description equal).</summary>
    public bool Covers(SchemaChange change) => changes.Contains(change);

    private static string? Text(JsonElement entry, string name) =>
        entry.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString()!.Trim().Length > 0
            ? value.GetString()
            : null;
}

/// <summary>One acknowledged breaking change.</summary>
/// <param name="Type">graphql-js's change type, e.g. <c>FIELD_REMOVED</c>.</param>
/// <param name="Description">graphql-js's description, e.g. <c>User.phone was removed.</c></param>
/// <param name="Reason">Why it ships anyway (who was told, which clients no longer use it).</param>
public sealed record Acknowledgement(string Type, string Description, string Reason);
