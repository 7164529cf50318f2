using System.Net;
using System.Security.Cryptography;
using System.Text;
using Bff.GraphQL.EndToEndTests.TestSupport;
using Bff.GraphQL.Server;
using Bff.GraphQL.Server.Persisted;
using Microsoft.Extensions.DependencyInjection;
using static Bff.GraphQL.EndToEndTests.TestSupport.GraphQLHttpClientExtensions;

namespace Bff.GraphQL.EndToEndTests.Persisted;

/// <summary>The Automatic Persisted Queries protocol (Apollo's): hash first, the full text only when the server asks.</summary>
public sealed class AutomaticPersistedQueryTests : IDisposable
{
    private readonly GraphQLTestServer server = new(
        options => options.EnableAutomaticPersistedQueries = true,
        services => services.AddSingleton<IAutomaticPersistedQueryStore>(new InMemoryAutomaticPersistedQueryStore()));

    [Fact]
    public async Task HashOfAnUnknownQueryIsAnsweredWithPersistedQueryNotFound()
    {
        var response = await server.Client.PostGraphQLAsync(new { extensions = Extensions(HashOf("{ categories { name } }")) }, Json);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("PersistedQueryNotFound", response.ErrorMessages.Single());
        Assert.Equal(ServerErrorCodes.PersistedQueryNotFound, response.FirstErrorCode);
    }

    [Theory]
    [InlineData(GraphQLHttpClientExtensions.GraphQLResponse)]
    [InlineData(Json)]
    public async Task AMissIsA200ThatNoCacheKeepsWithEitherMediaTypeOverGetAndPost(string accept)
    {
        var hash = HashOf("{ categories { id name } }");
        var posted = await server.Client.PostGraphQLAsync(new { extensions = Extensions(hash) }, accept);
        var got = await server.Client.GetGraphQLAsync(
            [new("extensions", "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}")], accept);

        foreach (var response in new[] { posted, got })
        {
            Assert.Equal((HttpStatusCode.OK, accept), (response.Status, response.MediaType));
            Assert.Equal(ServerErrorCodes.PersistedQueryNotFound, response.FirstErrorCode);
            Assert.Equal("no-store", response.Message.Headers.CacheControl?.ToString());
        }
    }

    [Fact]
    public async Task HashWithItsQueryRegistersItSoTheHashAloneWorksAfterwards()
    {
        const string Query = "{ categories { name } }";
        var registered = await server.Client.PostGraphQLAsync(new { query = Query, extensions = Extensions(HashOf(Query)) });
        var byHash = await server.Client.PostGraphQLAsync(new { extensions = Extensions(HashOf(Query)) });
        var byHashOverGet = await server.Client.GetGraphQLAsync(
            [new("extensions", "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + HashOf(Query) + "\"}}")]);

        Assert.True(registered.Status == HttpStatusCode.OK, registered.ToString());
        Assert.True(byHash.Status == HttpStatusCode.OK, byHash.ToString());
        Assert.True(byHashOverGet.Status == HttpStatusCode.OK, byHashOverGet.ToString());
        Assert.Equal(registered.Body, byHash.Body);
        Assert.Equal(registered.Body, byHashOverGet.Body);
        Assert.Equal(3, byHash.Data.GetProperty("categories").GetArrayLength());
    }

    [Fact]
    public async Task HashThatDoesNotMatchTheQueryIsRejectedAndNothingIsRegistered()
    {
        var wrongHash = HashOf("{ users { name } }");
        var response = await server.Client.PostGraphQLAsync(new { query = "{ categories { id } }", extensions = Extensions(wrongHash) });
        var later = await server.Client.PostGraphQLAsync(new { extensions = Extensions(wrongHash) });

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("The provided sha256Hash does not match the query.", response.ErrorMessages.Single());
        Assert.Equal("PersistedQueryNotFound", later.ErrorMessages.Single());
    }

    [Fact]
    public async Task ServerWithoutApqSaysPersistedQueryNotSupported()
    {
        using var plain = new GraphQLTestServer();
        var response = await plain.Client.PostGraphQLAsync(new { extensions = Extensions(HashOf("{ __typename }")) });

        Assert.Equal((HttpStatusCode.OK, GraphQLHttpClientExtensions.GraphQLResponse), (response.Status, response.MediaType));
        Assert.Equal("PersistedQueryNotSupported", response.ErrorMessages.Single());
    }

    public void Dispose() => server.Dispose();

    internal static object Extensions(string hash) => new { persistedQuery = new { version = 1, sha256Hash = hash } };

    internal static string HashOf(string query) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));
}
