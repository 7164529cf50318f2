using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Bff.Mobile.Tests.Support;

namespace Bff.Mobile.Tests.Matrix;

/// <summary>
/// bff-mobile in Production: only registered operations run. Beside PersistedOperationsTests (the folder's product
/// screen by id with its 304): the refusal's status, a manifest query by id over GET then its 304, and a manifest
/// mutation refused over GET and run over POST.
/// </summary>
[Collection(MobileCollection.Name)]
public sealed class ProductionAllowListTests(DemoBackendsProcess demo, RedisFixture redis) : IDisposable
{
    private const string QueryId = "product-card-v1";
    private const string MutationId = "add-to-cart-v1";

    // Production's signing settings (MobileHost): a token the BFF accepts, which the demo backends do not know.
    private static readonly string ProductionToken = HandMadeTokens.ValidNow("u-089", "a-test-signing-key-that-is-not-the-demo-key-0123456789", "bff-test", "bff-test");

    private readonly string manifest = Path.Combine(Path.GetTempPath(), $"mobile-matrix-manifest-{Guid.NewGuid():N}.json");

    public void Dispose() => File.Delete(manifest);

    /// <summary>The Accept header, and the status the GraphQL over HTTP spec gives a request error for it.</summary>
    public static TheoryData<string, HttpStatusCode> Refusals => new()
    {
        // The current media type: a request that never executes is a 4xx.
        { "application/graphql-response+json", HttpStatusCode.BadRequest },
        // The legacy one: always 200, the error in the body.
        { "application/json", HttpStatusCode.OK },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task AQueryThatIsNotRegisteredIsRefusedOverPostAndGetWithoutABackendCall(string accept, HttpStatusCode status)
    {
        using var host = await StartAsync();
        const string Query = """{ product(id: "42") { name price { amount } } }""";
        using var post = GraphQLPost.Create(Query);
        using var get = new HttpRequestMessage(HttpMethod.Get, $"/graphql?query={Uri.EscapeDataString(Query)}");
        // The text of a registered operation with one character added is another operation.
        using var edited = GraphQLPost.Create(AppOperations.Text("ProductDetail") + " ", new { id = "42", imageWidth = 100 });

        foreach (var request in new[] { post, get, edited })
        {
            request.Headers.Accept.ParseAdd(accept);
            using var response = await host.Http.SendAsync(request);

            Assert.Equal(status, response.StatusCode);
            Assert.Equal(accept, response.Content.Headers.ContentType!.MediaType);
            var body = await GraphQLPost.ReadAsync(response);
            var error = Assert.Single(body.Errors());
            Assert.Equal("PERSISTED_OPERATION_REQUIRED", error.Code());
            Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
            Assert.False(body.TryGetProperty("data", out _));
        }

        Assert.Empty(host.Calls.Calls);
    }

    [Fact]
    public async Task AManifestQueryRunsByIdOverGetAndTheSecondGetIsA304()
    {
        using var host = await StartAsync();

        using var first = await host.Http.SendAsync(MobileHost.GetById(QueryId, new { id = "57" }));
        var body = await first.Content.ReadFromJsonAsync<JsonElement>();
        var coldCalls = host.Calls.PerService();
        host.Calls.Clear();
        using var again = MobileHost.GetById(QueryId, new { id = "57" });
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var second = await host.Http.SendAsync(again);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var product = body.NoErrors().Data().GetProperty("product");
        Assert.False(string.IsNullOrEmpty(product.GetProperty("name").GetString()));
        Assert.True(product.GetProperty("price").GetProperty("amount").GetDouble() > 0);
        Assert.Equal("catalog:1, pricing:1", coldCalls);
        // Name from the catalog (Product, 300 s) and the price (30 s): the shortest wins; no user field: public.
        Assert.Equal("public, max-age=30", first.Headers.CacheControl!.ToString());
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Equal("public, max-age=30", second.Headers.CacheControl!.ToString());
        // The revalidation was answered from the cache.
        Assert.Empty(host.Calls.Calls);
    }

    [Fact]
    public async Task AManifestMutationIsRefusedOverGetAndRunsOverPost()
    {
        using var host = await StartAsync();
        var variables = new { productId = "42" };

        using var get = MobileHost.GetById(MutationId, variables);
        get.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ProductionToken);
        using var refused = await host.Http.SendAsync(get);
        var callsAfterGet = host.Calls.Calls.Count;
        using var post = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { id = MutationId, variables }),
        };
        post.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ProductionToken);
        using var ran = await host.Http.SendAsync(post);
        var body = await GraphQLPost.ReadAsync(ran);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, refused.StatusCode);
        Assert.Equal(0, callsAfterGet);
        Assert.Equal(HttpStatusCode.OK, ran.StatusCode);
        // It ran: the write went to the cart service with the caller's token. That service does not know Production's
        // signing key, so it refuses the user, and the field says so.
        Assert.Equal(["cart POST /cart/items"], host.Calls.Calls);
        Assert.Equal(["cart"], host.Calls.ServicesSentAToken);
        var error = Assert.Single(body.Errors());
        Assert.Equal(("UNAUTHENTICATED", "addToCart", "cart"), (error.Code(), error.PathText(), error.Backend()));
    }

    private async Task<MobileHost> StartAsync()
    {
        await File.WriteAllTextAsync(manifest, JsonSerializer.Serialize(new
        {
            format = "apollo-persisted-query-manifest",
            version = 1,
            operations = new object[]
            {
                new { id = QueryId, body = "query ProductCard($id: ID!) { product(id: $id) { name price { amount } } }", name = "ProductCard", type = "query" },
                new { id = MutationId, body = "mutation AddOne($productId: ID!) { addToCart(productId: $productId) { totalQuantity } }", name = "AddOne", type = "mutation" },
            },
        }), Encoding.UTF8); // with a byte order mark, as .NET writes UTF-8 unless told not to
        return new MobileHost(demo, redis, "Production", new Dictionary<string, string?> { ["PersistedOperations:Manifest"] = manifest });
    }
}
