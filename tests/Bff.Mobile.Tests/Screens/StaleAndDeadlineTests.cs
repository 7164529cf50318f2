using System.Diagnostics;
using System.Text.Json;
using Bff.Mobile.Tests.Support;

namespace Bff.Mobile.Tests.Screens;

/// <summary>
/// The product detail screen over real HTTP when backends fail after the cache was warmed (stale-if-error, listed in
/// <c>extensions.stale</c> under the mobile fields' own paths, delegated ones included) and when a backend is slower
/// than the request's budget. Durations are shortened through configuration; the time bounds are against hanging.
/// </summary>
[Collection(MobileCollection.Name)]
public sealed class StaleAndDeadlineTests(DemoBackendsProcess demo, RedisFixture redis) : IAsyncLifetime
{
    private static readonly TimeSpan PastFresh = TimeSpan.FromSeconds(2.2);
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(1.5);
    private static readonly TimeSpan Margin = TimeSpan.FromSeconds(1.5);
    private static readonly string[] Faulted = ["Pricing", "Inventory", "Reviews"];
    private const int SlowMs = 5000;

    public Task InitializeAsync() => Task.CompletedTask;

    // Whatever a test did to the backends, the next test finds them healthy.
    public async Task DisposeAsync()
    {
        foreach (var backend in Faulted)
        {
            await demo.ResetFaultsAsync(backend);
        }
    }

    [Fact]
    public async Task ValuesPastTheirFreshTimeAreServedStaleAndListedUnderTheMobileFieldsWhenTheirBackendsFail()
    {
        var fresh = new Dictionary<string, string?>();
        foreach (var policy in new[] { "price", "stock", "rating", "reviews" })
        {
            fresh[$"Caching:Policies:{policy}:Fresh"] = "00:00:01";
            fresh[$"Caching:Policies:{policy}:EagerRefreshThreshold"] = "";
        }

        using var host = new MobileHost(demo, redis, overrides: fresh);
        var sinceWarm = Stopwatch.StartNew();
        var warm = (await host.PostAsync(AppOperations.Text("ProductDetail"), Variables("141"))).NoErrors().Data().GetProperty("product");
        await Task.Delay(PastFresh);
        foreach (var backend in Faulted)
        {
            await demo.SetFaultsAsync(backend, new { errorRate = 1.0 });
        }

        var response = (await host.PostAsync(AppOperations.Text("ProductDetail"), Variables("141"))).NoErrors();

        Assert.Equal(warm.GetRawText(), response.Data().GetProperty("product").GetRawText());
        var similar = Enumerable.Range(0, warm.GetProperty("similar").GetArrayLength()).Select(i => $"product.similar.{i}.product.price");
        Assert.Equal(
            string.Join(',', new[] { "product.available", "product.price", "product.rating", "product.topReviews" }.Concat(similar).Order(StringComparer.Ordinal)),
            response.StalePaths());
        Assert.All(response.StaleValues(), s => Assert.InRange(s.AgeSeconds, (long)PastFresh.TotalSeconds, (long)Math.Ceiling(sinceWarm.Elapsed.TotalSeconds)));
    }

    [Fact]
    public async Task ABackendSlowerThanTheBudgetTimesOutOnItsFieldAndTheScreenArrivesWithinTheBudget()
    {
        using var host = await WarmAsync(new Dictionary<string, string?> { ["Resilience:RequestBudget"] = "00:00:01.500" });
        await demo.SetFaultsAsync("Inventory", new { latencyMs = SlowMs });

        var clock = Stopwatch.StartNew();
        var response = await PostAsync(host, "142", timeout: null);

        AssertAvailableTimedOut(response);
        Assert.True(clock.Elapsed < Budget + Margin, $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task AShorterXRequestTimeoutShortensTheBudget()
    {
        using var host = await WarmAsync();
        await demo.SetFaultsAsync("Inventory", new { latencyMs = SlowMs });

        var clock = Stopwatch.StartNew();
        var response = await PostAsync(host, "143", timeout: "1.5");

        AssertAvailableTimedOut(response);
        Assert.True(clock.Elapsed < Budget + Margin, $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task ALongerXRequestTimeoutDoesNotLengthenTheBudget()
    {
        using var host = await WarmAsync(new Dictionary<string, string?> { ["Resilience:RequestBudget"] = "00:00:01.500" });
        await demo.SetFaultsAsync("Inventory", new { latencyMs = SlowMs });

        var clock = Stopwatch.StartNew();
        var response = await PostAsync(host, "144", timeout: "30");

        AssertAvailableTimedOut(response);
        Assert.True(clock.Elapsed < Budget + Margin, $"took {clock.Elapsed}");
    }

    private static object Variables(string id) => new { id, imageWidth = 320 };

    /// <summary>
    /// A host whose first requests (JIT, connections to every backend) are behind it, so the budget is the screen's:
    /// on a loaded machine a cold host's first screen can need more than a short budget, so it is asked until whole.
    /// </summary>
    private async Task<MobileHost> WarmAsync(IDictionary<string, string?>? overrides = null)
    {
        var host = new MobileHost(demo, redis, overrides: overrides);
        await Eventually.TrueAsync(
            async () => (await host.PostAsync(AppOperations.Text("ProductDetail"), Variables("140"))).Errors().Length == 0,
            TimeSpan.FromSeconds(30));
        return host;
    }

    private static async Task<JsonElement> PostAsync(MobileHost host, string id, string? timeout)
    {
        using var request = GraphQLPost.Create(AppOperations.Text("ProductDetail"), Variables(id));
        if (timeout is not null)
        {
            request.Headers.Add("X-Request-Timeout", timeout);
        }

        using var response = await host.Http.SendAsync(request);
        return await GraphQLPost.ReadAsync(response);
    }

    private static void AssertAvailableTimedOut(JsonElement response)
    {
        var error = Assert.Single(response.Errors());
        Assert.Equal(("BACKEND_TIMEOUT", "inventory", "product.available"), (error.Code(), error.Backend(), error.PathText()));
        var product = response.Data().GetProperty("product");
        Assert.Equal(JsonValueKind.Null, product.GetProperty("available").ValueKind);
        Assert.False(string.IsNullOrEmpty(product.GetProperty("name").GetString()));
        Assert.True(product.GetProperty("price").GetProperty("amount").GetDouble() > 0);
        Assert.Equal(JsonValueKind.Array, product.GetProperty("topReviews").ValueKind);
    }
}
