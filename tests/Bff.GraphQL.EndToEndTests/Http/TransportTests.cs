using System.Net;
using Bff.GraphQL.EndToEndTests.TestSupport;
using static Bff.GraphQL.EndToEndTests.TestSupport.GraphQLHttpClientExtensions;

namespace Bff.GraphQL.EndToEndTests.Http;

/// <summary>POST and GET as the GraphQL-over-HTTP draft describes them.</summary>
public sealed class TransportTests(GraphQLTestServer server) : IClassFixture<GraphQLTestServer>
{
    private readonly HttpClient client = server.Client;

    [Fact]
    public async Task PostedJsonQueryWithVariablesAndOperationNameExecutes()
    {
        var response = await client.PostGraphQLAsync(new
        {
            query = "query A { __typename } query B($id: ID!) { product(id: $id) { name price } }",
            operationName = "B",
            variables = new { id = "p3" },
        });

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(GraphQLResponse, response.MediaType);
        Assert.Equal("Chess Set", response.Data.GetProperty("product").GetProperty("name").GetString());
        Assert.Equal("25.00 USD", response.Data.GetProperty("product").GetProperty("price").GetString());
    }

    [Fact]
    public async Task GetQueryWithUrlEncodedVariablesExecutes()
    {
        var response = await client.GetGraphQLAsync(
        [
            new("query", "query($text: String!) { search(text: $text) { __typename } }"),
            new("variables", "{\"text\":\"chess\"}"),
        ]);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(2, response.Data.GetProperty("search").GetArrayLength());
    }

    [Fact]
    public async Task MutationOverGetIsRejectedWith405AndAllowPost()
    {
        var response = await client.GetGraphQLAsync([new("query", "mutation { setProductStatus(id: \"p1\", status: SOLD_OUT) { id } }")]);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Equal("POST", string.Join(", ", response.Message.Content.Headers.Allow));
        Assert.Contains("use POST", response.ErrorMessages.Single(), StringComparison.Ordinal);
        var check = await client.PostGraphQLAsync(new { query = "{ product(id: \"p1\") { status } }" });
        Assert.Equal("AVAILABLE", check.Data.GetProperty("product").GetProperty("status").GetString());
    }

    [Fact]
    public async Task QueryOperationOfADocumentWithAMutationMayRunOverGet()
    {
        var response = await client.GetGraphQLAsync(
        [
            new("query", "query Q { __typename } mutation M { setProductStatus(id: \"p1\", status: SOLD_OUT) { id } }"),
            new("operationName", "Q"),
        ]);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("Query", response.Data.GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task PutIsRejectedWith405NamingTheAllowedMethods()
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, "/graphql") { Content = new StringContent("{\"query\":\"{__typename}\"}", null, "application/json") };
        var response = await client.SendGraphQLAsync(request, GraphQLResponse);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Equal("GET, POST", string.Join(", ", response.Message.Content.Headers.Allow));
        Assert.Contains("PUT", response.ErrorMessages.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetWithSdlPrintsTheSchema()
    {
        var response = await client.GetAsync(new Uri("/graphql?sdl", UriKind.Relative));
        var sdl = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("interface Entity implements Node", sdl, StringComparison.Ordinal);
        Assert.Contains("scalar DateTime @specifiedBy(url: \"https://scalars.graphql.org/andimarek/date-time\")", sdl, StringComparison.Ordinal);
        Assert.Contains("DISCONTINUED @deprecated(reason: \"No product is discontinued any more.\")", sdl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResponsesAreUtf8AndKeepNonAsciiText()
    {
        var response = await client.PostGraphQLAsync(new { query = "{ slowEcho(message: \"Grüße 🏃\", delayMs: 0) }" });

        Assert.Equal("utf-8", response.Message.Content.Headers.ContentType?.CharSet);
        Assert.Equal("Grüße 🏃", response.Data.GetProperty("slowEcho").GetString());
    }
}
