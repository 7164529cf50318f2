using System.Net;
using System.Text.Json;
using Bff.Mobile.Tests.Support;

namespace Bff.Mobile.Tests.Matrix;

/// <summary>
/// Each of the app's operations without a token: its user fields are UNAUTHENTICATED and call nothing, its public
/// fields are served. A token that fails validation is a 401; a valid one reaches only the user-scoped backends.
/// </summary>
[Collection(MobileCollection.Name)]
public sealed class AuthMatrixTests(DemoBackendsProcess demo, RedisFixture redis)
{
    private static readonly string[] UserScoped = ["cart", "notifications", "orders", "recommendations", "users"];

    /// <summary>Operation, and the paths of its fields that need a user.</summary>
    public static TheoryData<string, string[]> Anonymous => new()
    {
        { "Home", ["home.recommendedForYou", "home.unreadNotifications"] },
        { "ProductDetail", [] },
        { "Cart", ["cart"] },
        { "OrderTracking", ["order"] },
        { "AddToCart", ["addToCart"] },
        { "UpdateCartItem", ["updateCartItem"] },
        { "RemoveFromCart", ["removeFromCart"] },
        { "PlaceOrder", ["placeOrder"] },
        { "Search", [] },
        { "RecentlyViewed", [] },
    };

    public static TheoryData<string, string> RefusedTokens => new()
    {
        { "expired", HandMadeTokens.Create("u-081", DateTimeOffset.UtcNow.AddHours(-2), DateTimeOffset.UtcNow.AddHours(-1)) },
        { "signed with another key", HandMadeTokens.ValidNow("u-081", key: "another-key-that-is-long-enough-for-hs256-0123456789") },
        { "another audience", HandMadeTokens.ValidNow("u-081", audience: "another-service") },
        { "not a JWT", "not-a-jwt" },
    };

    [Theory]
    [MemberData(nameof(Anonymous))]
    public async Task WithoutATokenTheUserFieldsAreUnauthenticatedAndThePublicOnesServed(string name, string[] userFields)
    {
        using var host = new MobileHost(demo, redis);
        var operation = ScreenOperations.All[name];
        var (_, variables) = await operation.PrepareAsync(demo);

        var response = await host.PostAsync(operation.Text, variables);

        Assert.Equal(userFields, response.Errors().Select(e => e.PathText()).Order(StringComparer.Ordinal));
        Assert.All(response.Errors(), e => Assert.Equal("UNAUTHENTICATED", e.Code()));
        Assert.DoesNotContain(host.Calls.Calls, c => c.StartsWith("cart ", StringComparison.Ordinal) || c.StartsWith("orders ", StringComparison.Ordinal)
            || c.StartsWith("notifications ", StringComparison.Ordinal) || c == "recommendations GET /recommendations/me");
        if (name is "Home" or "ProductDetail")
        {
            // The public part of the screen is there all the same.
            var product = name == "Home" ? response.Data().GetProperty("home").GetProperty("featured")[0] : response.Data().GetProperty("product");
            Assert.False(string.IsNullOrEmpty(product.GetProperty("name").GetString()));
            Assert.True(product.GetProperty("price").GetProperty("amount").GetDouble() > 0);
        }
    }

    [Fact]
    public void EveryOperationOnDiskHasARowOfUserFields() =>
        Assert.Equal(ScreenOperations.OnDisk(), Anonymous.Select(row => (string)row[0]).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(RefusedTokens))]
    public async Task ATokenThatFailsValidationIsA401BeforeAnyBackendCall(string why, string token)
    {
        using var host = new MobileHost(demo, redis);

        using var request = GraphQLPost.Create(AppOperations.Text("Home"), new { imageWidth = 160 }, token);
        using var response = await host.Http.SendAsync(request);
        var body = await GraphQLPost.ReadAsync(response);

        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, why);
        Assert.Contains("error=\"invalid_token\"", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Equal("invalid_token", body.GetProperty("error").GetString());
        Assert.Empty(host.Calls.Calls);
    }

    [Fact]
    public async Task TheTokenReachesOnlyTheUserScopedBackends()
    {
        using var host = new MobileHost(demo, redis);
        var token = await demo.TokenForAsync(ScreenOperations.HomeUser);

        (await host.PostAsync(AppOperations.Text("Home"), new { imageWidth = 160 }, token)).NoErrors();
        (await host.PostAsync(AppOperations.Text("ProductDetail"), new { id = "215", imageWidth = 160 }, token)).NoErrors();

        Assert.Contains(host.Calls.Calls, c => c.StartsWith("pricing ", StringComparison.Ordinal));
        Assert.Contains(host.Calls.Calls, c => c.StartsWith("reviews ", StringComparison.Ordinal));
        Assert.Equal(["notifications", "recommendations"], host.Calls.ServicesSentAToken.Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(UserScoped.Sum(host.Calls.CountOf), host.Calls.ServicesSentAToken.Count);
    }
}
