using Bff.Domains.Tests.Support;

namespace Bff.Domains.Tests.Inventory;

[Collection(DomainsCollection.Name)]
public sealed class InventoryTests(DemoBackendsProcess demo, RedisFixture redis)
{
    [Fact]
    public async Task StockNamesItsStoresFromOneCachedStoreList()
    {
        await using var host = await DomainsHost.StartAsync(demo, redis);

        var response = (await host.QueryAsync("{ s: store(id: \"s-03\") { name } product(id: \"9\") { stock { totalQuantity stores { quantity store { id city } } } } }")).NoErrors();

        var stores = response.Data().GetProperty("product").GetProperty("stock").GetProperty("stores").EnumerateArray().ToArray();
        Assert.NotEmpty(stores);
        Assert.All(stores, s => Assert.StartsWith("s-", s.GetProperty("store").GetProperty("id").GetString(), StringComparison.Ordinal));
        Assert.Equal(1, host.Calls.Calls.Count(c => c == "inventory GET /stores"));
        Assert.Equal(1, host.Calls.Calls.Count(c => c == "inventory GET /stock"));
        Assert.False(string.IsNullOrEmpty(response.Data().GetProperty("s").GetProperty("name").GetString()));
    }

    [Fact]
    public async Task AnUnknownStoreIsNull()
    {
        await using var host = await DomainsHost.StartAsync(demo, redis);

        var response = (await host.QueryAsync("{ store(id: \"s-99\") { name } }")).NoErrors();

        Assert.Equal(System.Text.Json.JsonValueKind.Null, response.Data().GetProperty("store").ValueKind);
    }
}
