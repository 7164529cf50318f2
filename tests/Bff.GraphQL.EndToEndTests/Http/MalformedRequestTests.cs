using System.Net;
using System.Text;
using Bff.GraphQL.EndToEndTests.TestSupport;
using static Bff.GraphQL.EndToEndTests.TestSupport.GraphQLHttpClientExtensions;

namespace Bff.GraphQL.EndToEndTests.Http;

/// <summary>Requests that are not well-formed GraphQL-over-HTTP get a 4xx with a message saying why.</summary>
public sealed class MalformedRequestTests(GraphQLTestServer server) : IClassFixture<GraphQLTestServer>
{
    private readonly HttpClient client = server.Client;

    [Theory]
    [InlineData("{ \"query\": ", "not valid JSON")]
    [InlineData("", "body is empty")]
    [InlineData("[{\"query\":\"{ __typename }\"}]", "Batched requests are not supported")]
    [InlineData("\"{ __typename }\"", "must be a JSON object")]
    [InlineData("{\"query\": 1}", "'query' parameter must be a string")]
    [InlineData("{\"query\": \"{ __typename }\", \"operationName\": false}", "'operationName' parameter must be a string")]
    [InlineData("{\"query\": \"{ __typename }\", \"variables\": []}", "'variables' parameter must be a JSON object")]
    [InlineData("{\"query\": \"{ __typename }\", \"extensions\": \"x\"}", "'extensions' parameter must be a JSON object")]
    [InlineData("{\"notquery\": \"{ __typename }\"}", "The request has no query.")]
    public async Task MalformedBodiesGet400WithAReasonWhateverTheAcceptHeader(string body, string reason)
    {
        foreach (var accept in new[] { GraphQLResponse, Json })
        {
            var response = await client.PostRawAsync(Encoding.UTF8.GetBytes(body), accept);

            Assert.True(response.Status == HttpStatusCode.BadRequest, response.ToString());
            Assert.Contains(reason, response.ErrorMessages.Single(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/graphql")]
    [InlineData("application/json; charset=latin1")]
    [InlineData(null)]
    public async Task BodiesThatAreNotUtf8JsonGet415(string? contentType)
    {
        var response = await client.PostRawAsync(Utf8("{\"query\":\"{ __typename }\"}"), GraphQLResponse, contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.Status);
        Assert.Contains("Content-Type: application/json", response.ErrorMessages.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownOperationNameIsARequestError()
    {
        var response = await client.PostGraphQLAsync(new { query = "query A { __typename }", operationName = "B" });

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("Unknown operation named \"B\".", response.ErrorMessages.Single());
    }

    [Fact]
    public async Task MissingOperationNameWithSeveralOperationsIsARequestError()
    {
        var response = await client.PostGraphQLAsync(new { query = "query A { __typename } query B { __typename }" });

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("Must provide operation name if query contains multiple operations.", response.ErrorMessages.Single());
    }

    [Fact]
    public async Task BodyOverTheLimitGets413()
    {
        var padding = new string(' ', 300 * 1024);
        var response = await client.PostRawAsync(Utf8("{\"query\":\"{ __typename }\"" + padding + "}"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
        Assert.Contains("larger than", response.ErrorMessages.Single(), StringComparison.Ordinal);
        await client.AssertHealthyAsync();
    }

    [Fact]
    public async Task ChunkedBodyOverTheLimitGets413Too()
    {
        var content = new UnsizedJsonContent("{\"query\":\"" + new string('x', 400 * 1024) + "\"}");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        var response = await client.SendGraphQLAsync(request, GraphQLResponse);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
        await client.AssertHealthyAsync();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task VariablesNestedDeeperThanTheJsonLimitGet400(bool overGet)
    {
        var deep = new string('[', 100) + new string(']', 100);
        var response = overGet
            ? await client.GetGraphQLAsync([new("query", "{ __typename }"), new("variables", "{\"v\":" + deep + "}")])
            : await client.PostRawAsync(Utf8("{\"query\":\"{ __typename }\",\"variables\":{\"v\":" + deep + "}}"));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("depth", response.ErrorMessages.Single(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task RepeatedGetParameterIsRejected()
    {
        var response = await client.GetGraphQLAsync([new("query", "{ __typename }"), new("query", "{ __typename }")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("more than once", response.ErrorMessages.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetWithoutQueryGets400()
    {
        var response = await client.GetGraphQLAsync([new("operationName", "A")], Json);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("The request has no query.", response.ErrorMessages.Single());
    }
}
