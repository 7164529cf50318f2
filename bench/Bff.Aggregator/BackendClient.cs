using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Bff.Aggregator;

/// <summary>
/// A typed client of one demo backend (its <see cref="HttpClient"/> from <see cref="IHttpClientFactory"/>, over a
/// pooled <see cref="SocketsHttpHandler"/>). No retries, no cache, no per-call timeout: the plain calls.
/// </summary>
internal abstract class BackendClient(HttpClient http)
{
    /// <summary>The JSON of the demo backends, source-generated.</summary>
    protected static BackendJsonContext Json => BackendJsonContext.Default;

    /// <summary>The body of a GET as <typeparamref name="T"/>; null on a 404 ("no such product", as the BFFs answer).</summary>
    protected async Task<T?> GetAsync<T>(string path, JsonTypeInfo<T> type, CancellationToken ct)
        where T : class
    {
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, ct).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        // Anything else that is not a 200 fails the screen: this is the limit without resilience, not a BFF.
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false);
        await using (body.ConfigureAwait(false))
        {
            return await JsonSerializer.DeserializeAsync(body, type, ct).ConfigureAwait(false);
        }
    }

    /// <summary>An id as one path segment or query value.</summary>
    protected static string Escape(string id) => Uri.EscapeDataString(id);

    /// <summary>Ids as one comma-separated batch parameter.</summary>
    protected static string Join(IEnumerable<string> ids) => string.Join(',', ids.Select(Escape));
}
