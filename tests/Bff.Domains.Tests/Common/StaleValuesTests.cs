using Bff.Domains.Tests.Support;

namespace Bff.Domains.Tests.Common;

/// <summary>
/// The stale seam over real backends and Redis: every field served from a stale cache entry is listed in
/// <c>extensions.stale</c> with its own path and an age of at least the time since the value was loaded.
/// </summary>
[Collection(DomainsCollection.Name)]
public sealed class StaleValuesTests(DemoBackendsProcess demo, RedisFixture redis) : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(1.2);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await demo.ResetFaultsAsync("Pricing");
        await demo.ResetFaultsAsync("Inventory");
    }

    [Fact]
    public async Task AValueOneDataLoaderGaveTwoFieldsIsListedUnderEachFieldsPath()
    {
        const string query = """{ a: product(id: "24") { price { amount } } b: product(id: "24") { price { amount } } }""";
        await using var host = await Host("price");
        (await host.QueryAsync(query)).NoErrors();
        await Task.Delay(Wait);
        await demo.SetFaultsAsync("Pricing", new { errorRate = 1.0 });

        var stale = (await host.QueryAsync(query)).NoErrors();

        Assert.Equal("a.price,b.price", stale.StalePaths());
        Assert.All(stale.StaleValues(), s => Assert.True(s.AgeSeconds >= 1, $"{s.Path} is {s.AgeSeconds} s old"));
    }

    [Fact]
    public async Task ASingleCachedReadServedStaleIsListedWithItsAge()
    {
        await using var host = await Host("store");
        var fresh = (await host.QueryAsync("{ stores { id } }")).NoErrors();
        await Task.Delay(Wait);
        await demo.SetFaultsAsync("Inventory", new { errorRate = 1.0 });

        var stale = (await host.QueryAsync("{ stores { id } }")).NoErrors();

        Assert.Empty(fresh.StaleValues());
        Assert.Equal(fresh.Data().GetProperty("stores").GetRawText(), stale.Data().GetProperty("stores").GetRawText());
        var (path, age) = Assert.Single(stale.StaleValues());
        Assert.Equal("stores", path);
        Assert.True(age >= 1, $"{age} s old");
    }

    private Task<DomainsHost> Host(string policy) => DomainsHost.StartAsync(demo, redis, overrides: new Dictionary<string, string?>
    {
        [$"Caching:Policies:{policy}:Fresh"] = "00:00:00.300",
        [$"Caching:Policies:{policy}:EagerRefreshThreshold"] = "",
    });
}
