using Xunit;

namespace Bff.Testing;

/// <summary>
/// The breaking-change checks of a BFF's committed <c>schema.graphql</c> (docs/schema-changes.md): the composed schema
/// against the committed file, and every published version of the file against the one before, each breaking change
/// (graphql-js's <c>findBreakingChanges</c>) failing unless <c>schema.breaking.json</c> acknowledges it.
/// </summary>
public static class SchemaContract
{
    /// <summary>Fails naming each unacknowledged breaking change from the committed file to <paramref name="composed"/>.</summary>
    public static async Task AssertNoUnacknowledgedBreakingChangeAsync(string composed, string schemaPath)
    {
        var committed = File.Exists(schemaPath) ? File.ReadAllText(schemaPath) : throw new FileNotFoundException("no committed schema", schemaPath);
        var acknowledgements = BreakingChangeAcknowledgements.Load(BreakingChangeAcknowledgements.PathFor(schemaPath));
        var unacknowledged = (await BreakingChanges.FindAsync(committed, composed)).Where(c => !acknowledgements.Covers(c)).ToList();
        Assert.True(unacknowledged.Count == 0, Explain(schemaPath, unacknowledged.Select(c => $"  {c}")));
    }

    /// <summary>
    /// Fails naming each unacknowledged breaking change of any step of the file's history; returns the history read,
    /// so that a test can say how much it compared (and why not more).
    /// </summary>
    public static async Task<SchemaHistory> AssertHistoryHasNoUnacknowledgedBreakingChangeAsync(string schemaPath)
    {
        var history = await SchemaHistory.ReadAsync(Path.GetDirectoryName(schemaPath)!, schemaPath);
        var acknowledgements = BreakingChangeAcknowledgements.Load(BreakingChangeAcknowledgements.PathFor(schemaPath));
        var changes = await BreakingChanges.FindAsync([.. history.Steps.Select(s => (s.Before, s.After))]);
        var unacknowledged = history.Steps
            .Zip(changes, (step, found) => found.Where(c => !acknowledgements.Covers(c)).Select(c => $"  {c}   ({step.Label})"))
            .SelectMany(lines => lines)
            .ToList();
        Assert.True(unacknowledged.Count == 0, Explain(schemaPath, unacknowledged));
        return history;
    }

    private static string Explain(string schemaPath, IEnumerable<string> changes) =>
        $"Breaking changes of {schemaPath} that {BreakingChangeAcknowledgements.PathFor(schemaPath)} does not acknowledge:\n"
        + string.Join('\n', changes)
        + "\nKeep the old field or argument (deprecate it), or acknowledge the change with its type, description and a reason "
        + "(docs/schema-changes.md).";
}
