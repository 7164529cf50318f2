using System.Text.Json;
using Bff.GraphQL.EndToEndTests.TestSupport;

namespace Bff.GraphQL.EndToEndTests.Clients;

/// <summary>
/// A real Apollo Client 4 (<c>@apollo/client</c> under Node, with its persisted-queries link and GET for hashed
/// queries) against the engine over a real socket, with Automatic Persisted Queries on.
/// </summary>
public sealed class ApolloPersistedQueryTests : IAsyncLifetime
{
    private RecordingGraphQLHost host = null!;

    public async Task InitializeAsync() =>
        host = await RecordingGraphQLHost.StartAsync(server => server.AddApolloTestSchema().UseAutomaticPersistedQueries());

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task AnUnknownHashIsRegisteredByApollosRetryAndAFreshClientThenRunsItByHashOverGet()
    {
        var result = await ApolloScenario.RunAsync("apq", host.Endpoint);

        Assert.Equal("Product p1", result.GetProperty("first").GetProperty("data").GetProperty("product").GetProperty("name").GetString());
        Assert.Equal("Product p1", result.GetProperty("second").GetProperty("data").GetProperty("product").GetProperty("name").GetString());
        var requests = host.Requests;
        Assert.True(requests.Count == 3, host.Describe());
        var (hashOnly, retry, byHash) = (requests[0], requests[1], requests[2]);
        // The miss is a 200, as Apollo Server answers it, though Apollo asks for application/graphql-response+json.
        Assert.Equal(("GET", false, 200), (hashOnly.Method, hashOnly.SentQueryText, hashOnly.Status));
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", hashOnly.FirstErrorCode);
        // Apollo 4 sends its retry, which carries the full text, as a POST (PersistedQueryLink, issue #7456).
        Assert.Equal(("POST", true, 200), (retry.Method, retry.SentQueryText, retry.Status));
        Assert.Equal(hashOnly.PersistedQueryHash, retry.PersistedQueryHash);
        Assert.Equal(("GET", false, 200), (byHash.Method, byHash.SentQueryText, byHash.Status));
        Assert.Equal(hashOnly.PersistedQueryHash, byHash.PersistedQueryHash);
        Assert.Equal("""{"id":"p1"}""", byHash.Parameter("variables"));
    }

    [Fact]
    public async Task AMutationGoesAsAPostEvenWithGetForHashedQueries()
    {
        var result = await ApolloScenario.RunAsync("mutation", host.Endpoint);

        Assert.Equal("Renamed", result.GetProperty("rename").GetProperty("data").GetProperty("rename").GetProperty("name").GetString());
        // Hash only first, then (not found) with the text; both POST, as the link never sends a mutation as GET.
        var requests = host.Requests;
        Assert.True(requests.Count == 2, host.Describe());
        Assert.All(requests, request => Assert.Equal("POST", request.Method));
        Assert.Equal((false, "PERSISTED_QUERY_NOT_FOUND", 200), (requests[0].SentQueryText, requests[0].FirstErrorCode, requests[0].Status));
        Assert.Equal((true, 200), (requests[1].SentQueryText, requests[1].Status));
    }

    [Fact]
    public async Task WithErrorPolicyAllApolloSurfacesTheDataAndTheFieldErrorWithItsPath()
    {
        var result = (await ApolloScenario.RunAsync("errors", host.Endpoint)).GetProperty("priced");

        var product = result.GetProperty("data").GetProperty("product");
        Assert.Equal(("p3", "Product p3"), (product.GetProperty("id").GetString(), product.GetProperty("name").GetString()));
        Assert.Equal(JsonValueKind.Null, product.GetProperty("price").ValueKind);
        var error = result.GetProperty("error");
        Assert.Equal("CombinedGraphQLErrors", error.GetProperty("name").GetString());
        var fieldError = Assert.Single(error.GetProperty("errors").EnumerateArray());
        Assert.Equal("The price service is unavailable.", fieldError.GetProperty("message").GetString());
        Assert.Equal("""["product","price"]""", fieldError.GetProperty("path").GetRawText());
        Assert.Equal("""{"id":"p3"}""", host.Requests[^1].Parameter("variables"));
    }

    [Fact]
    public async Task AVariableOfTheWrongTypeIsReportedByApolloAsTheServersGraphQLError()
    {
        var result = (await ApolloScenario.RunAsync("invalid", host.Endpoint)).GetProperty("coercion");

        Assert.Equal(JsonValueKind.Null, result.GetProperty("data").ValueKind);
        var error = result.GetProperty("error");
        Assert.Equal("CombinedGraphQLErrors", error.GetProperty("name").GetString());
        Assert.Contains("$id", error.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        // Apollo 4 parses an application/graphql-response+json body whatever the status, so the 400 reaches it as GraphQL errors.
        var requests = host.Requests;
        Assert.True(requests.Count == 2, host.Describe());
        Assert.Equal(("POST", true, 400), (requests[1].Method, requests[1].SentQueryText, requests[1].Status));
    }
}
