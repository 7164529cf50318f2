using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Bff.Testing;

/// <summary>The two requests of Automatic Persisted Queries (Apollo's protocol), as a client sends them.</summary>
public static class PersistedQueryRequests
{
    /// <summary>The hash APQ names a document by: SHA-256 of its UTF-8 text, lower-case hex.</summary>
    public static string Hash(string query) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));

    /// <summary>The text with its hash (the client's retry after a miss), POSTed: the server registers it and runs it.</summary>
    public static async Task<JsonElement> RegisterAsync(HttpClient http, string query, string hash)
    {
        ArgumentNullException.ThrowIfNull(http);
        using var response = await http.PostAsJsonAsync("/graphql", new
        {
            query,
            extensions = new { persistedQuery = new { version = 1, sha256Hash = hash } },
        });
        return await GraphQLPost.ReadAsync(response);
    }

    /// <summary>The hash alone over GET (the client's first try).</summary>
    public static async Task<JsonElement> GetByHashAsync(HttpClient http, string hash)
    {
        ArgumentNullException.ThrowIfNull(http);
        var extensions = Uri.EscapeDataString(JsonSerializer.Serialize(new { persistedQuery = new { version = 1, sha256Hash = hash } }));
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/graphql?extensions={extensions}");
        // GET requests need a header that a cross-site form cannot send (CSRF protection), as Apollo clients send it.
        request.Headers.Add("apollo-require-preflight", "true");
        using var response = await http.SendAsync(request);
        return await GraphQLPost.ReadAsync(response);
    }
}
