using System.Diagnostics;
using System.Text.Json;
using Bff.Web.Tests.Support;

namespace Bff.Web.Tests.Pages;

/// <summary>
/// The product page over real HTTP when backends fail after the cache was warmed (stale-if-error, listed in
/// <c>extensions.stale</c>) and when a backend is slower than the request's budget (its fields time out, the page
/// does not). Durations are shortened through configuration; the time bounds are against hanging, not speed.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class StaleAndDeadlineTests(DemoBackendsProcess demo, RedisFixture redis) : IAsyncLifetime
{
    private static readonly TimeSpan PastFresh = TimeSpan.FromSeconds(2.2);
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(1.5);
    private static readonly TimeSpan Margin = TimeSpan.FromSeconds(1.5);
    private const int SlowMs = 5000;

    public Task InitializeAsync() => Task.CompletedTask;

    // Whatever a test did to the backends, the next test finds them healthy.
    public async Task DisposeAsync()
    {
        await demo.ResetFaultsAsync("Pricing");
        await demo.ResetFaultsAsync("Inventory");
    }

    [Fact]
    public async Task PricesAndStockPastTheirFreshTimeAreServedStaleAndListedWithTheirAgeWhenTheirBackendsFail()
    {
        using var bff = new WebBff(demo, redis, new Dictionary<string, string?>
        {
            ["Caching:Policies:price:Fresh"] = "00:00:01",
            ["Caching:Policies:price:EagerRefreshThreshold"] = "",
            ["Caching:Policies:stock:Fresh"] = "00:00:01",
            ["Caching:Policies:stock:EagerRefreshThreshold"] = "",
        });
        var sinceWarm = Stopwatch.StartNew();
        var warm = (await bff.QueryAsync(ProductPageTests.Query, new { id = "133" })).NoErrors().Data().GetProperty("productPage");
        await Task.Delay(PastFresh);
        await demo.SetFaultsAsync("Pricing", new { errorRate = 1.0 });
        await demo.SetFaultsAsync("Inventory", new { errorRate = 1.0 });

        var response = (await bff.QueryAsync(ProductPageTests.Query, new { id = "133" })).NoErrors();

        var page = response.Data().GetProperty("productPage");
        Assert.Equal(warm.GetProperty("price").GetRawText(), page.GetProperty("price").GetRawText());
        Assert.Equal(warm.GetProperty("stock").GetRawText(), page.GetProperty("stock").GetRawText());
        Assert.Equal(warm.GetProperty("recommendations").GetRawText(), page.GetProperty("recommendations").GetRawText());
        var recommended = Enumerable.Range(0, page.GetProperty("recommendations").GetArrayLength())
            .SelectMany(i => new[] { $"productPage.recommendations.{i}.product.price", $"productPage.recommendations.{i}.product.stock" });
        Assert.Equal(
            string.Join(',', new[] { "productPage.price", "productPage.stock" }.Concat(recommended).Order(StringComparer.Ordinal)),
            response.StalePaths());
        Assert.All(response.StaleValues(), s => Assert.InRange(s.AgeSeconds, (long)PastFresh.TotalSeconds, (long)Math.Ceiling(sinceWarm.Elapsed.TotalSeconds)));
    }

    [Fact]
    public async Task ABackendSlowerThanTheBudgetTimesOutOnItsFieldsAndThePageArrivesWithinTheBudget()
    {
        using var bff = await WarmAsync(new Dictionary<string, string?> { ["Resilience:RequestBudget"] = "00:00:01.500" });
        await demo.SetFaultsAsync("Pricing", new { latencyMs = SlowMs });

        var clock = Stopwatch.StartNew();
        var response = await bff.QueryAsync(ProductPageTests.Query, new { id = "134" });

        AssertPricesTimedOut(response);
        Assert.True(clock.Elapsed < Budget + Margin, $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task AShorterXRequestTimeoutShortensTheBudget()
    {
        using var bff = await WarmAsync();
        await demo.SetFaultsAsync("Pricing", new { latencyMs = SlowMs });

        var clock = Stopwatch.StartNew();
        var response = await PostWithTimeoutAsync(bff, "1.5", "135");

        AssertPricesTimedOut(response);
        Assert.True(clock.Elapsed < Budget + Margin, $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task ALongerXRequestTimeoutDoesNotLengthenTheBudget()
    {
        using var bff = await WarmAsync(new Dictionary<string, string?> { ["Resilience:RequestBudget"] = "00:00:01.500" });
        await demo.SetFaultsAsync("Pricing", new { latencyMs = SlowMs });

        var clock = Stopwatch.StartNew();
        var response = await PostWithTimeoutAsync(bff, "30", "136");

        AssertPricesTimedOut(response);
        Assert.True(clock.Elapsed < Budget + Margin, $"took {clock.Elapsed}");
    }

    /// <summary>
    /// A host whose first requests (JIT, connections to every backend) are behind it, so the budget is the page's:
    /// on a loaded machine a cold host's first page can need more than a short budget, so it is asked until whole.
    /// </summary>
    private async Task<WebBff> WarmAsync(IDictionary<string, string?>? overrides = null)
    {
        var bff = new WebBff(demo, redis, overrides);
        await Eventually.TrueAsync(
            async () => (await bff.QueryAsync(ProductPageTests.Query, new { id = "130" })).Errors().Length == 0,
            TimeSpan.FromSeconds(30));
        return bff;
    }

    private static async Task<JsonElement> PostWithTimeoutAsync(WebBff bff, string seconds, string id)
    {
        using var request = GraphQLPost.Create(ProductPageTests.Query, new { id });
        request.Headers.Add("X-Request-Timeout", seconds);
        using var response = await bff.Http.SendAsync(request);
        return await GraphQLPost.ReadAsync(response);
    }

    private static void AssertPricesTimedOut(JsonElement response)
    {
        var page = response.Data().GetProperty("productPage");
        Assert.Equal(JsonValueKind.Null, page.GetProperty("price").ValueKind);
        Assert.False(string.IsNullOrEmpty(page.GetProperty("product").GetProperty("name").GetString()));
        Assert.NotEmpty(page.GetProperty("stock").GetProperty("stores").EnumerateArray());
        Assert.NotEmpty(page.GetProperty("reviews").GetProperty("items").EnumerateArray());
        Assert.Contains(response.Errors(), e => e.PathText() == "productPage.price");
        Assert.All(response.Errors(), e => Assert.Equal(("BACKEND_TIMEOUT", "pricing"), (e.Code(), e.Backend())));
    }
}
