using System.Text.Json;

namespace Bff.Testing;

/// <summary>
/// What breaks a client between two SDLs, as graphql-js's <c>findBreakingChanges</c> decides it (tests/js/breaking-changes.mjs):
/// the reference, so that "breaking" means here what it means to every graphql-js based tool.
/// </summary>
public static class BreakingChanges
{
    /// <summary>The breaking changes from <paramref name="before"/> to <paramref name="after"/>.</summary>
    public static async Task<IReadOnlyList<SchemaChange>> FindAsync(string before, string after) =>
        (await FindAsync([(before, after)]))[0];

    /// <summary>The breaking changes of each pair, in one run of Node.</summary>
    public static async Task<IReadOnlyList<IReadOnlyList<SchemaChange>>> FindAsync(IReadOnlyList<(string Before, string After)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        if (pairs.Count == 0)
        {
            return [];
        }

        var stdin = JsonSerializer.Serialize(pairs.Select(p => new Dictionary<string, string> { ["old"] = p.Before, ["new"] = p.After }));
        using var output = JsonDocument.Parse(await NodeScript.RunWithInputAsync("breaking-changes.mjs", stdin));
        return
        [
            .. output.RootElement.EnumerateArray().Select(result => (IReadOnlyList<SchemaChange>)
            [
                .. result.GetProperty("breaking").EnumerateArray().Select(c => new SchemaChange(
                    c.GetProperty("type").GetString()!, c.GetProperty("description").GetString()!)),
            ]),
        ];
    }
}
