using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Bff.Mobile.Tests.Support;

namespace Bff.Mobile.Tests.Screens;

[Collection(MobileCollection.Name)]
public sealed class HomeScreenTests(DemoBackendsProcess demo, RedisFixture redis)
{
    private static readonly object Variables = new { imageWidth = 160, density = 2.0 };

    [Fact]
    public async Task TheHomeScreenHasTheFeaturedProductsAndTheSignedInUsersRecommendationsAndUnreadCount()
    {
        using var host = new MobileHost(demo, redis);
        var token = await demo.TokenForAsync("u-001");
        var unread = await UnreadCountAsync(token);

        var home = (await host.PostAsync(AppOperations.Text("Home"), Variables, token)).NoErrors().Data().GetProperty("home");

        var featured = home.GetProperty("featured").EnumerateArray().ToList();
        Assert.Equal(["1", "2", "3", "4", "5", "6"], featured.Select(p => p.GetProperty("id").GetString()));
        Assert.All(featured, p => Assert.EndsWith("/medium.jpg", p.GetProperty("imageUrl").GetString(), StringComparison.Ordinal));
        var recommended = home.GetProperty("recommendedForYou").EnumerateArray().ToList();
        Assert.InRange(recommended.Count, 1, 6);
        Assert.All(recommended, r => Assert.False(string.IsNullOrEmpty(r.GetProperty("product").GetProperty("name").GetString())));
        Assert.Equal(unread, home.GetProperty("unreadNotifications").GetInt32());
    }

    [Fact]
    public async Task WithoutATokenTheUserFieldsAreUnauthenticatedAndTheFeaturedRowIsServed()
    {
        using var host = new MobileHost(demo, redis);

        var response = await host.PostAsync(AppOperations.Text("Home"), Variables);

        var home = response.Data().GetProperty("home");
        Assert.Equal(6, home.GetProperty("featured").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, home.GetProperty("recommendedForYou").ValueKind);
        Assert.Equal(JsonValueKind.Null, home.GetProperty("unreadNotifications").ValueKind);
        Assert.Equal(
            ["home.recommendedForYou", "home.unreadNotifications"],
            response.Errors().Where(e => e.Code() == "UNAUTHENTICATED").Select(e => e.PathText()).Order());
        Assert.Equal(0, host.Calls.CountOf("recommendations") + host.Calls.CountOf("notifications"));
    }

    [Fact]
    public async Task ASignedInHomeOverGetIsPrivateForItsShortestHint()
    {
        using var host = new MobileHost(demo, redis);
        using var request = MobileHost.GetById(AppOperations.Id("Home"), Variables);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await demo.TokenForAsync("u-002"));

        using var response = await host.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).NoErrors();
        // The featured row's available flag (5 s) is the shortest hint; the user's fields make it private.
        Assert.True(response.Headers.CacheControl!.Private);
        Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.CacheControl.MaxAge);
        Assert.Contains("Authorization", response.Headers.Vary);
    }

    [Fact]
    public async Task TheFeaturedRowIsOneCatalogBatch()
    {
        using var host = new MobileHost(demo, redis);

        (await host.PostAsync("{ home { featured { id name } } }")).NoErrors();

        Assert.Equal(["catalog GET /products"], host.Calls.Calls);
    }

    private async Task<int> UnreadCountAsync(string token)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(demo.UrlOf("Notifications"), "/notifications/unread-count"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("unread").GetInt32();
    }
}
