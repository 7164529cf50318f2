using System.Text.Json;
using Bff.Domains.Tests.Support;

namespace Bff.Domains.Tests.Common;

[Collection(DomainsCollection.Name)]
public sealed class PartialFailureTests(DemoBackendsProcess demo, RedisFixture redis) : IAsyncLifetime
{
    private const string Query = """{ products(ids: ["21", "22", "23"]) { name price { amount } stock { inStock } } }""";

    public Task InitializeAsync() => Task.CompletedTask;

    // Whatever a test did to the backends, the next test finds them healthy.
    public async Task DisposeAsync()
    {
        await demo.ResetFaultsAsync("Pricing");
        await demo.ResetFaultsAsync("Inventory");
        await demo.ResetFaultsAsync("Catalog");
    }

    [Fact]
    public async Task CatalogDownFailsOnlyTheCatalogsRootFieldsAndTheRestIsServed()
    {
        await using var host = await DomainsHost.StartAsync(demo, redis);
        await demo.SetFaultsAsync("Catalog", new { errorRate = 1.0 });

        var response = await host.QueryAsync("{ products(ids: [\"1\", \"2\"]) { name } stores { id } }");

        var error = Assert.Single(response.Errors());
        Assert.Equal(("BACKEND_UNAVAILABLE", "catalog", "products"), (error.Code(), error.Backend(), error.PathText()));
        Assert.Equal(JsonValueKind.Null, response.Data().GetProperty("products").ValueKind);
        Assert.Equal(12, response.Data().GetProperty("stores").GetArrayLength());
    }

    [Fact]
    public async Task PricingDownNullsOnlyThePricesWithTheBackendsCodeAndName()
    {
        await using var host = await DomainsHost.StartAsync(demo, redis);
        await demo.SetFaultsAsync("Pricing", new { errorRate = 1.0 });

        var response = await host.QueryAsync(Query);

        var products = response.Data().GetProperty("products").EnumerateArray().ToArray();
        Assert.All(products, p => Assert.Equal(JsonValueKind.Null, p.GetProperty("price").ValueKind));
        Assert.All(products, p => Assert.Equal(JsonValueKind.Object, p.GetProperty("stock").ValueKind));
        Assert.All(products, p => Assert.False(string.IsNullOrEmpty(p.GetProperty("name").GetString())));
        Assert.Equal(3, response.Errors().Length);
        Assert.All(response.Errors(), e => Assert.Equal(("BACKEND_UNAVAILABLE", "pricing"), (e.Code(), e.Backend())));
        Assert.All(response.Errors(), e => Assert.DoesNotContain("http", e.GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase));
        Assert.Equal(1, host.Calls.CountOf("pricing"));
    }

    [Fact]
    public async Task ASlowBackendIsABackendTimeoutOnItsFieldsOnly()
    {
        await using var host = await DomainsHost.StartAsync(demo, redis, overrides: new Dictionary<string, string?>
        {
            ["Resilience:Backends:inventory:AttemptTimeout:Timeout"] = "00:00:00.200",
        });
        await demo.SetFaultsAsync("Inventory", new { latencyMs = 2000 });

        var response = await host.QueryAsync(Query);

        Assert.Equal(3, response.Errors().Length);
        Assert.All(response.Errors(), e => Assert.Equal(("BACKEND_TIMEOUT", "inventory"), (e.Code(), e.Backend())));
        Assert.All(response.Data().GetProperty("products").EnumerateArray(), p => Assert.Equal(JsonValueKind.Object, p.GetProperty("price").ValueKind));
    }

    [Fact]
    public async Task WhenPricingFailsAfterTheFreshTimeTheCachedPriceIsServedAndFlaggedStale()
    {
        await using var host = await DomainsHost.StartAsync(demo, redis, overrides: new Dictionary<string, string?>
        {
            ["Caching:Policies:price:Fresh"] = "00:00:00.300",
            ["Caching:Policies:price:EagerRefreshThreshold"] = "",
        });
        var before = (await host.QueryAsync(Query)).NoErrors();
        await demo.SetFaultsAsync("Pricing", new { errorRate = 1.0 });
        await Task.Delay(TimeSpan.FromMilliseconds(500));

        var after = (await host.QueryAsync(Query)).NoErrors();

        Assert.Equal(Prices(before), Prices(after));
        Assert.Equal("products.0.price,products.1.price,products.2.price", after.StalePaths());
        Assert.Empty(before.StaleValues());
    }

    [Fact]
    public async Task OnceTheCircuitOpensPricesFailAsCircuitOpenWithoutCallingPricing()
    {
        await using var host = await DomainsHost.StartAsync(demo, redis, overrides: new Dictionary<string, string?>
        {
            ["Resilience:Backends:pricing:CircuitBreaker:MinimumThroughput"] = "2",
            ["Resilience:Backends:pricing:CircuitBreaker:FailureRatio"] = "0.5",
        });
        await demo.SetFaultsAsync("Pricing", new { errorRate = 1.0 });
        await host.QueryAsync("{ product(id: \"31\") { price { amount } } }");
        await host.QueryAsync("{ product(id: \"32\") { price { amount } } }");
        host.Sent.Clear();

        var response = await host.QueryAsync("{ product(id: \"33\") { name price { amount } } }");

        var error = Assert.Single(response.Errors());
        Assert.Equal(("CIRCUIT_OPEN", "pricing", "product.price"), (error.Code(), error.Backend(), error.PathText()));
        Assert.False(string.IsNullOrEmpty(response.Data().GetProperty("product").GetProperty("name").GetString()));
        Assert.Equal(0, host.Sent.CountOf("pricing"));
    }

    private static string[] Prices(JsonElement response) =>
        [.. response.Data().GetProperty("products").EnumerateArray().Select(p => p.GetProperty("price").GetProperty("amount").ToString())];
}
