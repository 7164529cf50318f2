using System.Net;
using DemoBackends.Tests.Support;

namespace DemoBackends.Tests.Inventory;

public sealed class InventoryApiTests
{
    [Fact]
    public async Task StockBatchGivesEveryStoreAndATotalPerKnownProduct()
    {
        await using var inventory = await RunningService.StartAsync("inventory");

        var stock = await inventory.Client.GetJsonAsync("/stock?productIds=1,2,x");

        Assert.Equal(["1", "2"], stock.Strings("productId"));
        foreach (var level in stock.EnumerateArray())
        {
            var stores = level.GetProperty("stores");
            Assert.Equal(12, stores.GetArrayLength());
            var total = stores.EnumerateArray().Sum(s => s.GetProperty("quantity").GetInt32());
            Assert.Equal(total, level.GetProperty("totalQuantity").GetInt32());
            Assert.Equal(total > 0, level.GetProperty("inStock").GetBoolean());
        }
    }

    [Fact]
    public async Task StockBatchNarrowsToOneStoreAndRejectsAnUnknownStore()
    {
        await using var inventory = await RunningService.StartAsync("inventory");

        var stock = await inventory.Client.GetJsonAsync("/stock?productIds=1,2&storeId=s-03");

        Assert.All(stock.EnumerateArray(), level => Assert.Equal(["s-03"], level.GetProperty("stores").Strings("storeId")));
        await inventory.Client.GetProblemAsync("/stock?productIds=1&storeId=s-99", HttpStatusCode.BadRequest);
        await inventory.Client.GetProblemAsync("/stock", HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task StockOfOneProductAndStoresAreServed()
    {
        await using var inventory = await RunningService.StartAsync("inventory");

        var level = await inventory.Client.GetJsonAsync("/stock/77");
        var stores = await inventory.Client.GetJsonAsync("/stores");
        var store = await inventory.Client.GetJsonAsync("/stores/s-12");

        Assert.Equal("77", level.GetProperty("productId").GetString());
        Assert.Equal(12, stores.GetArrayLength());
        Assert.False(string.IsNullOrEmpty(store.GetProperty("city").GetString()));
        await inventory.Client.GetProblemAsync("/stock/9999999", HttpStatusCode.NotFound);
        await inventory.Client.GetProblemAsync("/stores/s-13", HttpStatusCode.NotFound);
    }
}
