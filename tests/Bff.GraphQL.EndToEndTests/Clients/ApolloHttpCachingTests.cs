using Bff.GraphQL.EndToEndTests.TestSupport;

namespace Bff.GraphQL.EndToEndTests.Clients;

/// <summary>
/// HTTP caching (<c>EnableHttpCaching</c>) of the hash-only GETs a real Apollo Client 4 sends for a query whose
/// fields carry <c>@cacheControl</c> hints.
/// </summary>
public sealed class ApolloHttpCachingTests : IAsyncLifetime
{
    private RecordingGraphQLHost host = null!;

    public async Task InitializeAsync() => host = await RecordingGraphQLHost.StartAsync(server => server
        .AddApolloTestSchema()
        .UseAutomaticPersistedQueries()
        .ModifyServerOptions(o => o.EnableHttpCaching = true));

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task AHashOnlyGetIsCacheableWithAnETagAndTheSameGetWithIfNoneMatchIs304()
    {
        var result = await ApolloScenario.RunAsync("caching", host.Endpoint);

        Assert.Equal("Sale", result.GetProperty("second").GetProperty("data").GetProperty("banner").GetString());
        var byHash = host.Requests.Last(r => r.Method == "GET" && r.Status == 200 && r.FirstErrorCode is null);
        Assert.False(byHash.SentQueryText, host.Describe());
        Assert.Equal("public, max-age=60", byHash.CacheControl);
        Assert.NotEmpty(byHash.ETag);
        // What Apollo's own fetch received, i.e. the headers crossed the socket to the client.
        var seen = result.GetProperty("exchanges").EnumerateArray().Last(e => e.GetProperty("method").GetString() == "GET");
        Assert.Equal(("public, max-age=60", byHash.ETag), (seen.GetProperty("cacheControl").GetString(), seen.GetProperty("etag").GetString()));
        var conditional = result.GetProperty("conditional");
        Assert.Equal(304, conditional.GetProperty("status").GetInt32());
        Assert.Equal(byHash.ETag, conditional.GetProperty("etag").GetString());
        Assert.Equal(0, conditional.GetProperty("bodyLength").GetInt32());
    }

    [Fact]
    public async Task ApollosRegistrationPostIsNotCached()
    {
        await ApolloScenario.RunAsync("caching", host.Endpoint);

        var registration = Assert.Single(host.Requests, r => r.Method == "POST");
        Assert.True(registration.SentQueryText, host.Describe());
        Assert.Equal("no-store", registration.CacheControl);
        Assert.Empty(registration.ETag);
    }

    [Fact]
    public async Task TheHashOnlyGetThatMissesIsNotCacheableSoACdnCannotKeepTheMiss()
    {
        await ApolloScenario.RunAsync("caching", host.Endpoint);

        var miss = host.Requests[0];
        Assert.Equal(("GET", "PERSISTED_QUERY_NOT_FOUND", 200), (miss.Method, miss.FirstErrorCode, miss.Status));
        Assert.Equal("no-store", miss.CacheControl);
        Assert.Empty(miss.ETag);
    }
}
