using System.Text.Json;

namespace Bff.GraphQL.EndToEndTests.Subscriptions;

/// <summary>Runs tests/js/graphql-ws-client.mjs or graphql-sse-client.mjs and reads the JSON lines it printed.</summary>
internal static class NpmClientScript
{
    public static Task<IReadOnlyList<JsonElement>> GraphQLWsAsync(Uri endpoint, string query, int count, string? connectionParams = null) =>
        RunAsync("graphql-ws-client.mjs", connectionParams is null
            ? [endpoint.ToString(), query, count.ToString(System.Globalization.CultureInfo.InvariantCulture)]
            : [endpoint.ToString(), query, count.ToString(System.Globalization.CultureInfo.InvariantCulture), connectionParams]);

    public static Task<IReadOnlyList<JsonElement>> GraphQLSseAsync(string endpoint, string query, int count) =>
        RunAsync("graphql-sse-client.mjs", [endpoint, query, count.ToString(System.Globalization.CultureInfo.InvariantCulture)]);

    private static async Task<IReadOnlyList<JsonElement>> RunAsync(string script, string[] arguments)
    {
        var output = await NodeScript.RunAsync(script, arguments);
        return [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement.Clone())];
    }

    /// <summary>The <c>next</c> payloads printed, as compact JSON.</summary>
    public static IReadOnlyList<string> Nexts(IReadOnlyList<JsonElement> lines) =>
        [.. lines.Where(l => l.TryGetProperty("next", out _)).Select(l => l.GetProperty("next").GetRawText())];
}
