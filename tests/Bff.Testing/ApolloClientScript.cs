using System.Text.Json;
using Xunit;

namespace Bff.Testing;

/// <summary>
/// Runs tests/js/apollo-client.mjs: a real Apollo Client 4 (<c>@apollo/client</c> under Node) with its
/// persisted-queries link and GET for hashed queries, against an endpoint over a real socket.
/// </summary>
public static class ApolloClientScript
{
    /// <summary>
    /// Runs <paramref name="scenario"/> against <paramref name="endpoint"/> and parses what the script printed; fails if
    /// Apollo Client logged anything.
    /// </summary>
    public static async Task<JsonElement> RunAsync(string scenario, Uri endpoint, params string[] arguments)
    {
        if (!Directory.Exists(Repository.PathOf("tests", "js", "node_modules", "@apollo", "client")))
        {
            throw new InvalidOperationException("@apollo/client is not installed: run dev/prerequisites.sh, or `npm ci` in tests/js.");
        }

        var output = await NodeScript.RunAsync("apollo-client.mjs", [scenario, endpoint.ToString(), .. arguments]);
        using var json = JsonDocument.Parse(output);
        var warnings = json.RootElement.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()).ToList();

        // Apollo warns (in development mode, as here) when a response does not fit what its cache expects.
        Assert.True(warnings.Count == 0, "Apollo Client warned:\n" + string.Join('\n', warnings));
        return json.RootElement.Clone();
    }

    /// <summary>
    /// Runs <paramref name="steps"/> in order, each operation on a fresh client, with the ids of
    /// <paramref name="manifest"/> (an Apollo persisted-query manifest) or, without one, SHA-256 hashes. The result
    /// has each step's outcome under its name and every request Apollo's fetch made under <c>exchanges</c>.
    /// </summary>
    public static async Task<ApolloRun> RunPlanAsync(Uri endpoint, IEnumerable<ApolloStep> steps, string? manifest = null)
    {
        var plan = Path.Combine(Path.GetTempPath(), $"apollo-plan-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(plan, JsonSerializer.Serialize(new { manifest, steps }, JsonSerializerOptions.Web));
        try
        {
            return new ApolloRun(await RunAsync("plan", endpoint, plan));
        }
        finally
        {
            File.Delete(plan);
        }
    }

    /// <summary>
    /// Writes to <paramref name="manifest"/> the Apollo persisted-query manifest of <paramref name="operationFiles"/>,
    /// as Apollo's manifest generator does (bodies as Apollo Client sends them, with <c>__typename</c>).
    /// </summary>
    public static Task WriteManifestAsync(string manifest, params string[] operationFiles) =>
        NodeScript.RunAsync("apollo-manifest.mjs", [manifest, .. operationFiles]);
}

/// <summary>
/// One step of an Apollo plan: an operation (a query, or a mutation, which Apollo always POSTs) with its variables and
/// bearer token, or, with <paramref name="Revalidate"/>, the last GET repeated with <c>If-None-Match</c>.
/// </summary>
public sealed record ApolloStep(string Name, string? Query = null, object? Variables = null, string? Token = null, bool Revalidate = false)
{
    /// <summary>
    /// Runs the query with <c>watchQuery</c> and records every result Apollo emitted (<c>emitted</c>: dataState and
    /// data), e.g. a deferred query's first part and then the merged whole.
    /// </summary>
    public bool Watch { get; init; }
}

/// <summary>What a plan's run printed: each step's outcome, and the requests Apollo's fetch made.</summary>
public sealed class ApolloRun(JsonElement result)
{
    /// <summary>The step's outcome: <c>data</c> and <c>error</c> (name, message, errors with code) as Apollo surfaced them.</summary>
    public JsonElement this[string step] => result.GetProperty(step);

    /// <summary>Every request of the run in order, e.g. <c>GET 200 hash-only PERSISTED_QUERY_NOT_FOUND</c>.</summary>
    public IReadOnlyList<ApolloExchange> Exchanges => [.. result.GetProperty("exchanges").EnumerateArray().Select(ApolloExchange.From)];

    /// <inheritdoc />
    public override string ToString() => result.GetRawText();
}

/// <summary>One request Apollo's fetch made and what came back, as it crossed the socket.</summary>
public sealed record ApolloExchange(string Method, string Url, int Status, bool SentQuery, string? ErrorCode, string? CacheControl, string? ETag)
{
    internal static ApolloExchange From(JsonElement e) => new(
        e.GetProperty("method").GetString()!,
        e.GetProperty("url").GetString()!,
        e.GetProperty("status").GetInt32(),
        e.GetProperty("sentQuery").GetBoolean(),
        e.GetProperty("errorCode").GetString(),
        e.GetProperty("cacheControl").GetString(),
        e.GetProperty("etag").GetString());

    /// <inheritdoc />
    public override string ToString() => $"{Method} {Status} {(SentQuery ? "with-text" : "hash-only")} {ErrorCode} {Url}";
}
