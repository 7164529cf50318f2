using System.Net;
using System.Text.Json;
using Bff.Web.Tests.Support;

namespace Bff.Web.Tests.Matrix;

/// <summary>
/// Anonymous, signed-in and refused requests: without a token each user field is UNAUTHENTICATED on its own; a token
/// that fails validation is a 401 before anything runs; a valid token reaches only the user-scoped backends.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class AuthMatrixTests(DemoBackendsProcess demo, RedisFixture redis)
{
    private static readonly string[] UserScoped = ["cart", "notifications", "orders", "recommendations", "users"];

    // Every user field of the schema beside public ones from four backends.
    private const string Everything = """
        {
          me { displayName }
          cart { totalQuantity }
          orders(pageSize: 2) { totalCount }
          order(id: "o-00001") { id }
          notifications(first: 2) { id }
          unreadNotificationCount
          recommendedForMe(first: 2) { score }
          productPage(id: "17") { product { name } price { amount } stock { inStock } rating { count } }
          categories { id }
        }
        """;

    public static TheoryData<string, string> RefusedTokens => new()
    {
        { "expired", HandMadeTokens.Create("u-092", DateTimeOffset.UtcNow.AddHours(-2), DateTimeOffset.UtcNow.AddHours(-1)) },
        { "not yet valid", HandMadeTokens.Create("u-092", DateTimeOffset.UtcNow.AddHours(1), DateTimeOffset.UtcNow.AddHours(2)) },
        { "signed with another key", HandMadeTokens.ValidNow("u-092", key: "another-key-that-is-long-enough-for-hs256-0123456789") },
        { "another issuer", HandMadeTokens.ValidNow("u-092", issuer: "someone-else") },
        { "another audience", HandMadeTokens.ValidNow("u-092", audience: "another-service") },
        { "not a JWT", "not-a-jwt" },
        { "a changed payload", Tampered(HandMadeTokens.ValidNow("u-092")) },
    };

    [Fact]
    public async Task WithoutATokenEachUserFieldIsUnauthenticatedAndThePublicFieldsAreServed()
    {
        using var bff = new WebBff(demo, redis);

        var response = await bff.QueryAsync(Everything);

        Assert.Equal(
            ["cart", "me", "notifications", "order", "orders", "recommendedForMe", "unreadNotificationCount"],
            response.Errors().Select(e => e.PathText()).Order(StringComparer.Ordinal));
        Assert.All(response.Errors(), e => Assert.Equal("UNAUTHENTICATED", e.Code()));
        var data = response.Data();
        Assert.All(["cart", "me", "notifications", "order", "orders", "recommendedForMe", "unreadNotificationCount"], f => Assert.Equal(JsonValueKind.Null, data.GetProperty(f).ValueKind));
        var page = data.GetProperty("productPage");
        Assert.False(string.IsNullOrEmpty(page.GetProperty("product").GetProperty("name").GetString()));
        Assert.True(page.GetProperty("price").GetProperty("amount").GetDouble() > 0);
        Assert.NotEmpty(data.GetProperty("categories").EnumerateArray());
        Assert.Equal(0, UserScoped.Where(s => s != "recommendations").Sum(bff.Calls.CountOf));
        Assert.DoesNotContain("recommendations GET /recommendations/me", bff.Calls.Calls);
    }

    [Fact]
    public async Task WithoutATokenEveryMutationIsUnauthenticatedAndCallsNothing()
    {
        using var bff = new WebBff(demo, redis);

        var response = await bff.QueryAsync("""
            mutation {
              addToCart(productId: "42") { totalQuantity }
              updateCartItem(productId: "42", quantity: 2) { totalQuantity }
              removeFromCart(productId: "42") { totalQuantity }
              clearCart { totalQuantity }
              placeOrder(input: { lines: [{ productId: "42", quantity: 1 }], idempotencyKey: "anonymous-01" }) { id }
              markNotificationRead(id: "n-00001")
            }
            """);

        Assert.Equal(
            ["addToCart", "clearCart", "markNotificationRead", "placeOrder", "removeFromCart", "updateCartItem"],
            response.Errors().Select(e => e.PathText()).Order(StringComparer.Ordinal));
        Assert.All(response.Errors(), e => Assert.Equal("UNAUTHENTICATED", e.Code()));
        Assert.Empty(bff.Calls.Calls);
    }

    [Theory]
    [MemberData(nameof(RefusedTokens))]
    public async Task ATokenThatFailsValidationIsA401BeforeAnyBackendCall(string why, string token)
    {
        using var bff = new WebBff(demo, redis);

        using var request = GraphQLPost.Create(Everything, token: token);
        using var response = await bff.Http.SendAsync(request);
        var body = await GraphQLPost.ReadAsync(response);

        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, why);
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
        Assert.Contains("error=\"invalid_token\"", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Equal("invalid_token", body.GetProperty("error").GetString());
        Assert.DoesNotContain(token, body.ToString(), StringComparison.Ordinal);
        Assert.Empty(bff.Calls.Calls);
    }

    [Fact]
    public async Task AHandMadeTokenWithTheRightKeyIsAccepted()
    {
        // The control for the refused tokens above: the same construction with nothing wrong passes.
        using var bff = new WebBff(demo, redis);

        var response = (await bff.QueryAsync("{ me { id } }", token: HandMadeTokens.ValidNow("u-092"))).NoErrors();

        Assert.Equal("u-092", response.Data().GetProperty("me").GetProperty("id").GetString());
    }

    [Fact]
    public async Task TheTokenReachesOnlyTheUserScopedBackends()
    {
        using var bff = new WebBff(demo, redis);
        var token = await demo.TokenForAsync(WebPages.AccountUser);

        (await bff.QueryAsync(Everything.Replace("order(id: \"o-00001\") { id }", "", StringComparison.Ordinal), token: token)).NoErrors();

        var services = bff.Calls.Calls.Select(c => c.Split(' ')[0]).Distinct().Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["cart", "catalog", "inventory", "notifications", "orders", "pricing", "recommendations", "reviews", "users"], services);
        Assert.Equal(["cart", "notifications", "orders", "recommendations", "users"], bff.Calls.ServicesSentAToken.Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(UserScoped.Sum(bff.Calls.CountOf), bff.Calls.ServicesSentAToken.Count);
    }

    // The same header and signature over a payload naming another user.
    private static string Tampered(string token)
    {
        var parts = token.Split('.');
        var other = HandMadeTokens.ValidNow("u-001").Split('.')[1];
        return $"{parts[0]}.{other}.{parts[2]}";
    }
}
