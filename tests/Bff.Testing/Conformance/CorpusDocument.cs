using System.Text.Json;
using System.Text.RegularExpressions;

namespace Bff.Testing;

/// <summary>
/// One document of a corpus folder: its text, the operation its first line names (<c># operation: Name</c>) and the
/// variables of <c>name.variables.json</c>. tests/js/conformance.mjs reads the same files the same way; the engine's
/// corpus (tests/Bff.GraphQL.EndToEndTests/Conformance/Corpus) and each BFF's corpus use this format.
/// </summary>
/// <param name="Name">The file name without <c>.graphql</c>.</param>
/// <param name="Query">The document's text.</param>
/// <param name="OperationName">The operation to run, or null for the only one.</param>
/// <param name="Variables">The variables, or null.</param>
public sealed partial record CorpusDocument(string Name, string Query, string? OperationName, JsonElement? Variables)
{
    /// <summary>The documents in ordinal file-name order, the order graphql-js runs them in.</summary>
    public static IReadOnlyList<CorpusDocument> Load(string folder) =>
    [
        .. Directory.EnumerateFiles(folder, "*.graphql")
            .OrderBy(Path.GetFileName, StringComparer.Ordinal)
            .Select(file => Read(folder, file)),
    ];

    /// <summary>The body of a GraphQL-over-HTTP POST for this document.</summary>
    public Dictionary<string, object?> Body() => new()
    {
        ["query"] = Query,
        ["operationName"] = OperationName,
        ["variables"] = Variables,
    };

    private static CorpusDocument Read(string folder, string file)
    {
        var name = Path.GetFileNameWithoutExtension(file);
        var query = File.ReadAllText(file);
        var variablesFile = Path.Combine(folder, name + ".variables.json");
        JsonElement? variables = File.Exists(variablesFile) ? JsonDocument.Parse(File.ReadAllText(variablesFile)).RootElement : null;
        var operation = OperationLine().Match(query);
        return new CorpusDocument(name, query, operation.Success ? operation.Groups[1].Value : null, variables);
    }

    [GeneratedRegex(@"^# operation: (\w+)")]
    private static partial Regex OperationLine();
}
