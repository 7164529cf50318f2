using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Bff.Instances.Tests.Support;

namespace Bff.Instances.Tests;

/// <summary>
/// Two bff-mobile processes behind one round-robin address behave as one: nothing correctness depends on is kept in
/// a single process. Each test reaches the instances directly as well as through the proxy, so it knows which one
/// answered.
/// </summary>
public sealed class TwoMobileInstancesTests(TwoMobileInstances two) : IClassFixture<TwoMobileInstances>
{
    private const string CartQuery = "query { cart { totalQuantity items { productId quantity } } }";
    private const string AddToCart = "mutation($p: ID!) { addToCart(productId: $p, quantity: 1) { totalQuantity } }";

    [Fact]
    public async Task ACartChangeOnOneInstanceIsSeenByTheOtherWhoseMemoryHadTheOldCart()
    {
        var token = await two.Demo.TokenForAsync("u-031");
        var before = await CartQuantityAsync(two.B.Http, token);
        Assert.Equal(before, await CartQuantityAsync(two.B.Http, token));

        var added = (await PostAsync(two.A.Http, AddToCart, new { p = "123" }, token)).NoErrors();

        Assert.Equal(before + 1, added.Data().GetProperty("addToCart").GetProperty("totalQuantity").GetInt32());
        Assert.Equal(before + 1, await CartQuantityAsync(two.A.Http, token));
        // The backplane message reaches B over Redis pub/sub moments after A's write; B's memory copy then goes.
        await Eventually.TrueAsync(async () => await CartQuantityAsync(two.B.Http, token) == before + 1);
    }

    [Fact]
    public async Task ThroughTheProxyEveryReadAfterAChangeShowsItWhicheverInstanceAnswers()
    {
        var token = await two.Demo.TokenForAsync("u-032");
        // Both instances hold the cart before the change: round robin sends these two to A and B.
        var before = await CartQuantityAsync(two.Proxy.Http, token);
        Assert.Equal(before, await CartQuantityAsync(two.Proxy.Http, token));

        (await PostAsync(two.Proxy.Http, AddToCart, new { p = "123" }, token)).NoErrors();

        // Once the backplane message is through, two reads in a row (one per instance) both show the change.
        await Eventually.TrueAsync(async () =>
            await CartQuantityAsync(two.Proxy.Http, token) == before + 1 && await CartQuantityAsync(two.Proxy.Http, token) == before + 1);
        Assert.Equal(before + 1, await CartQuantityAsync(two.A.Http, token));
        Assert.Equal(before + 1, await CartQuantityAsync(two.B.Http, token));
    }

    [Fact]
    public async Task TheClientLimitHoldsAcrossBothInstances()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < TwoMobileInstances.ClientLimit; i++)
        {
            statuses.Add(await TypenameStatusAsync(two.Proxy.Http, "limited-app"));
        }

        // Round robin split the five between A (3) and B (2): a limit per instance would let the next ones through.
        var next = await TypenameStatusAsync(two.Proxy.Http, "limited-app");
        var onA = await TypenameStatusAsync(two.A.Http, "limited-app");
        var onB = await TypenameStatusAsync(two.B.Http, "limited-app");
        var otherClient = await TypenameStatusAsync(two.Proxy.Http, "other-app");

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal((HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests), (next, onA, onB));
        Assert.Equal(HttpStatusCode.OK, otherClient);
    }

    [Fact]
    public async Task AnApqHashRegisteredOnOneInstanceRunsOnTheOther()
    {
        var (query, hash) = UniqueQuery();
        var unknown = await GetByHashAsync(two.B.Http, hash);

        var registered = await RegisterAsync(two.A.Http, query, hash);
        var byHash = await GetByHashAsync(two.B.Http, hash);

        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", Assert.Single(unknown.Errors()).Code());
        Assert.Equal("Query", registered.NoErrors().Data().GetProperty("x").GetString());
        Assert.Equal("Query", byHash.NoErrors().Data().GetProperty("x").GetString());
    }

    [Fact]
    public async Task ThroughTheProxyAHashRegisteredByOneRequestRunsOnBothInstances()
    {
        var (query, hash) = UniqueQuery();

        var registered = await RegisterAsync(two.Proxy.Http, query, hash);
        var next = await GetByHashAsync(two.Proxy.Http, hash);
        var afterThat = await GetByHashAsync(two.Proxy.Http, hash);

        Assert.Equal("Query", registered.NoErrors().Data().GetProperty("x").GetString());
        Assert.Equal("Query", next.NoErrors().Data().GetProperty("x").GetString());
        Assert.Equal("Query", afterThat.NoErrors().Data().GetProperty("x").GetString());
        Assert.Equal("Query", (await GetByHashAsync(two.A.Http, hash)).NoErrors().Data().GetProperty("x").GetString());
        Assert.Equal("Query", (await GetByHashAsync(two.B.Http, hash)).NoErrors().Data().GetProperty("x").GetString());
    }

    private static (string Query, string Hash) UniqueQuery()
    {
        // A document no earlier run registered: the alias of a field nobody else asks for.
        var query = $"query Unique{Guid.NewGuid():N} {{ x: __typename }}";
        return (query, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query))));
    }

    private static async Task<JsonElement> RegisterAsync(HttpClient http, string query, string hash)
    {
        using var response = await http.PostAsJsonAsync("/graphql", new
        {
            query,
            extensions = new { persistedQuery = new { version = 1, sha256Hash = hash } },
        });
        return await GraphQLPost.ReadAsync(response);
    }

    private static async Task<JsonElement> GetByHashAsync(HttpClient http, string hash)
    {
        var extensions = Uri.EscapeDataString(JsonSerializer.Serialize(new { persistedQuery = new { version = 1, sha256Hash = hash } }));
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/graphql?extensions={extensions}");
        // GET requests need a header that a cross-site form cannot send (CSRF protection), as Apollo clients send it.
        request.Headers.Add("apollo-require-preflight", "true");
        using var response = await http.SendAsync(request);
        return await GraphQLPost.ReadAsync(response);
    }

    private static async Task<int> CartQuantityAsync(HttpClient http, string token) =>
        (await PostAsync(http, CartQuery, null, token)).NoErrors().Data().GetProperty("cart").GetProperty("totalQuantity").GetInt32();

    private static async Task<JsonElement> PostAsync(HttpClient http, string query, object? variables, string token)
    {
        using var request = GraphQLPost.Create(query, variables, token);
        using var response = await http.SendAsync(request);
        return await GraphQLPost.ReadAsync(response);
    }

    private static async Task<HttpStatusCode> TypenameStatusAsync(HttpClient http, string clientId)
    {
        using var request = GraphQLPost.Create("{ __typename }");
        request.Headers.Add("X-Client-Id", clientId);
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }
}
