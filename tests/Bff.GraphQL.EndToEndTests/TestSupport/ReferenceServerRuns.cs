using System.Text.Json;

namespace Bff.GraphQL.EndToEndTests.TestSupport;

/// <summary>
/// Runs a tests/js script that sends the same subscriptions to our server and to an npm reference server over the same
/// SDL (<see cref="SubscriptionHost.Sdl"/>), and reads its output: one JSON line per query, with what each side sent.
/// </summary>
public static class ReferenceServerRuns
{
    /// <summary>A subscription whose subscribe function refuses (a field error while creating the source stream).</summary>
    public const string Refused = "subscription { failing }";

    /// <summary>A subscription that fails validation (two root fields).</summary>
    public const string Invalid = """subscription { messages(room: "a") { text } big(size: 1) }""";

    /// <summary>Runs <paramref name="script"/> against <paramref name="endpoint"/> with <see cref="Refused"/> and <see cref="Invalid"/>.</summary>
    /// <returns>One element per query: <c>query</c>, <c>ours</c> and <c>reference</c>.</returns>
    public static async Task<List<JsonElement>> RunAsync(string script, string endpoint)
    {
        var output = await NodeScript.RunAsync(script, endpoint, SubscriptionHost.Sdl, Refused, Invalid);
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
    }
}
