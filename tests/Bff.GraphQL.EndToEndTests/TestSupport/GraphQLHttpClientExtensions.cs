using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Bff.GraphQL.EndToEndTests.TestSupport;

/// <summary>GraphQL-over-HTTP requests as a client sends them.</summary>
public static class GraphQLHttpClientExtensions
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>POSTs <paramref name="body"/> serialized as JSON.</summary>
    public static Task<GraphQLHttpResponse> PostGraphQLAsync(this HttpClient client, object body, string? accept = GraphQLResponse) =>
        client.PostRawAsync(JsonSerializer.SerializeToUtf8Bytes(body), accept);

    /// <summary>POSTs bytes as they are, with the given content type.</summary>
    public static async Task<GraphQLHttpResponse> PostRawAsync(
        this HttpClient client, byte[] body, string? accept = GraphQLResponse, string? contentType = "application/json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(body) };
        if (contentType is not null)
        {
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        return await client.SendGraphQLAsync(request, accept);
    }

    /// <summary>GETs <c>/graphql</c> with the given query-string parameters.</summary>
    public static Task<GraphQLHttpResponse> GetGraphQLAsync(
        this HttpClient client, IEnumerable<KeyValuePair<string, string>> parameters, string? accept = GraphQLResponse)
    {
        var query = string.Join('&', parameters.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));
        return client.SendGraphQLAsync(new HttpRequestMessage(HttpMethod.Get, "/graphql?" + query), accept);
    }

    public static async Task<GraphQLHttpResponse> SendGraphQLAsync(this HttpClient client, HttpRequestMessage request, string? accept)
    {
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        using (request)
        {
            var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            return new GraphQLHttpResponse(response.StatusCode, response.Content.Headers.ContentType?.MediaType, body, response);
        }
    }

    /// <summary>A query that must answer 200 with data: the server is still healthy.</summary>
    public static async Task AssertHealthyAsync(this HttpClient client)
    {
        var response = await client.PostGraphQLAsync(new { query = "{ product(id: \"p1\") { name } }" });
        Assert.True(response.Status == System.Net.HttpStatusCode.OK, response.ToString());
        Assert.Equal("GraphQL in Action", response.Data.GetProperty("product").GetProperty("name").GetString());
    }

    internal static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
