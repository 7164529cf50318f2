using Bff.GraphQL.EndToEndTests.TestSupport;

namespace Bff.GraphQL.EndToEndTests.Clients;

/// <summary>
/// The same Apollo Client against the engine's test server (a stand-in for a BFF, with Automatic Persisted Queries
/// off), with the request recorder added through the server's services as a BFF's factory would add it.
/// </summary>
public sealed class ApolloWithoutPersistedQueriesTests : IDisposable
{
    private readonly GraphQLTestServer server = new(null, RequestRecorder.AddRequestRecorder);

    public void Dispose() => server.Dispose();

    [Fact]
    public async Task AServerWithoutApqMakesApolloFallBackToPostingTheFullQueryWithoutAHash()
    {
        var result = await ApolloScenario.RunAsync("apq", server.Endpoint);

        Assert.Equal("GraphQL in Action", result.GetProperty("first").GetProperty("data").GetProperty("product").GetProperty("name").GetString());
        Assert.Equal("GraphQL in Action", result.GetProperty("second").GetProperty("data").GetProperty("product").GetProperty("name").GetString());
        var requests = server.Get<RequestRecorder>().Requests;
        var description = string.Join('\n', requests);
        Assert.True(requests.Count == 4, description);
        foreach (var pair in requests.Chunk(2))
        {
            // Each fresh client tries its hash once, is told PERSISTED_QUERY_NOT_SUPPORTED, then sends the text alone.
            Assert.Equal(("GET", false, "PERSISTED_QUERY_NOT_SUPPORTED", 200), (pair[0].Method, pair[0].SentQueryText, pair[0].FirstErrorCode, pair[0].Status));
            Assert.Equal(("POST", true, null, 200), (pair[1].Method, pair[1].SentQueryText, pair[1].PersistedQueryHash, pair[1].Status));
        }
    }
}
