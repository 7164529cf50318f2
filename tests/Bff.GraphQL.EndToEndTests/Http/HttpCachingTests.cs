using System.Net;
using System.Net.Http.Headers;
using Bff.GraphQL.EndToEndTests.TestSupport;
using Bff.GraphQL.Execution;

namespace Bff.GraphQL.EndToEndTests.Http;

/// <summary>HTTP caching of GET queries from <c>@cacheControl</c> hints, over a real socket.</summary>
public sealed class HttpCachingTests : IAsyncLifetime
{
    private const string Sdl = """
        type Query {
          catalog: Catalog @cacheControl(maxAge: 300)
          banner: String @cacheControl(maxAge: 60)
          me: String @cacheControl(maxAge: 120, scope: PRIVATE)
          broken: String @cacheControl(maxAge: 300)
          price: Float @cacheControl(maxAge: 300)
        }
        type Catalog { name: String }
        type Mutation { touch: String @cacheControl(maxAge: 300) }
        """;

    private MinimalGraphQLHost host = null!;

    public async Task InitializeAsync() => host = await StartAsync(enableCaching: true);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task TheShortestMaxAgeOfTheTouchedFieldsWins()
    {
        var response = await GetAsync("{ catalog { name } banner }");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("public, max-age=60", CacheControl(response));
        Assert.Equal("Accept", string.Join(", ", response.Message.Headers.Vary));
        Assert.NotNull(response.Message.Headers.ETag);
    }

    [Fact]
    public async Task APrivateFieldMakesTheResponsePrivateAndVaryOnAuthorization()
    {
        var response = await GetAsync("{ catalog { name } me }");

        Assert.Equal("private, max-age=120", CacheControl(response));
        Assert.Equal("Accept, Authorization", string.Join(", ", response.Message.Headers.Vary));
    }

    [Fact]
    public async Task AFieldThatFailedMakesTheResponseNoStoreWithoutAnETag()
    {
        var response = await GetAsync("{ catalog { name } broken }");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("no-store", CacheControl(response));
        Assert.Null(response.Message.Headers.ETag);
    }

    [Fact]
    public async Task AStaleValueMakesTheResponseNoStoreAndIsListedInExtensions()
    {
        var response = await GetAsync("{ price }");

        Assert.Equal("no-store", CacheControl(response));
        var stale = response.Json.GetProperty("extensions").GetProperty("stale")[0];
        Assert.Equal("price", stale.GetProperty("path")[0].GetString());
        Assert.Equal(30, stale.GetProperty("ageSeconds").GetInt32());
    }

    [Fact]
    public async Task ASecondGetWithTheETagGets304WithoutABody()
    {
        var first = await GetAsync("{ catalog { name } }");
        var etag = first.Message.Headers.ETag!;

        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("{ catalog { name } }"));
        request.Headers.IfNoneMatch.Add(etag);
        var second = await host.Client.SendGraphQLAsync(request, GraphQLHttpClientExtensions.GraphQLResponse);

        Assert.Equal(HttpStatusCode.NotModified, second.Status);
        Assert.Equal(string.Empty, second.Body);
        Assert.Equal(etag, second.Message.Headers.ETag);
        Assert.Equal("public, max-age=300", CacheControl(second));
    }

    [Fact]
    public async Task AnETagOfOtherContentGetsTheFullResponse()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("{ catalog { name } }"));
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"something-else\""));
        var response = await host.Client.SendGraphQLAsync(request, GraphQLHttpClientExtensions.GraphQLResponse);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("Books", response.Data.GetProperty("catalog").GetProperty("name").GetString());
    }

    [Fact]
    public async Task AGetThatFailsValidationIsNoStore()
    {
        var response = await GetAsync("{ nope }");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("no-store", CacheControl(response));
    }

    [Fact]
    public async Task MutationsAreNeverCached()
    {
        var response = await host.Client.PostGraphQLAsync(new { query = "mutation { touch }" });

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("no-store", CacheControl(response));
        Assert.Null(response.Message.Headers.ETag);
    }

    [Fact]
    public async Task PostedQueriesAreNotCachedEither()
    {
        var response = await host.Client.PostGraphQLAsync(new { query = "{ catalog { name } }" });

        Assert.Equal("no-store", CacheControl(response));
    }

    [Fact]
    public async Task WithoutTheOptionNoCachingHeadersAreWritten()
    {
        await using var plain = await StartAsync(enableCaching: false);

        var response = await plain.Client.GetGraphQLAsync([new("query", "{ catalog { name } }")]);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Null(CacheControl(response));
        Assert.Null(response.Message.Headers.ETag);
    }

    private Task<GraphQLHttpResponse> GetAsync(string query) => host.Client.GetGraphQLAsync([new("query", query)]);

    /// <summary>The header as the server wrote it (the typed header would reorder its directives).</summary>
    private static string? CacheControl(GraphQLHttpResponse response) =>
        response.Message.Headers.NonValidated.TryGetValues("Cache-Control", out var values) ? values.ToString() : null;

    private static Task<MinimalGraphQLHost> StartAsync(bool enableCaching) => MinimalGraphQLHost.StartAsync("Production", server => server
        .AddDocumentFromString(Sdl)
        .AddResolver("Query", "catalog", _ => new Dictionary<string, object?> { ["name"] = "Books" })
        .AddResolver("Catalog", "name", ctx => ((Dictionary<string, object?>)ctx.Parent!)["name"])
        .AddResolver("Query", "banner", _ => "Sale")
        .AddResolver("Query", "me", _ => "Ada")
        .AddResolver("Query", "broken", _ => throw new InvalidOperationException("down"))
        .AddResolver("Query", "price", ctx =>
        {
            ctx.ReportStale(TimeSpan.FromSeconds(30));
            return 9.5;
        })
        .AddResolver("Mutation", "touch", _ => "done")
        .ModifyServerOptions(o => o.EnableHttpCaching = enableCaching));
}
