using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Bff.Testing;

/// <summary>One GraphQL operation POSTed to <c>/graphql</c>, as the BFF tests send them.</summary>
public static class GraphQLPost
{
    /// <summary>The request for <paramref name="query"/>; the token, when given, goes as a bearer token.</summary>
    public static HttpRequestMessage Create(string query, object? variables = null, string? token = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return request;
    }

    /// <summary>The response body as JSON, detached from the document so it outlives it.</summary>
    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
