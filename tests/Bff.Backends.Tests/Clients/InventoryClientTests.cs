using System.Net;
using Bff.Backends.Http;
using Bff.Backends.Inventory;
using Bff.Backends.Tests.Support;

namespace Bff.Backends.Tests.Clients;

[Collection(DemoBackendsCollection.Name)]
public sealed class InventoryClientTests(DemoBackendsProcess demo)
{
    [Fact]
    public async Task StockInOneStoreListsOnlyThatStore()
    {
        await using var host = RealClients.Create(demo);

        var levels = await host.Get<IInventoryClient>().GetStockAsync(["1", "2", "99999"], storeId: "s-01");

        Assert.Equal(["1", "2"], levels.Select(l => l.ProductId));
        Assert.All(levels, l => Assert.Equal("s-01", Assert.Single(l.Stores).StoreId));
    }

    [Fact]
    public async Task OneProductsStockAndTheStoresAreReadable()
    {
        await using var host = RealClients.Create(demo);
        var inventory = host.Get<IInventoryClient>();

        var level = await inventory.GetProductStockAsync("3");
        var stores = await inventory.GetStoresAsync();

        Assert.Equal(level!.TotalQuantity, level.Stores.Sum(s => s.Quantity));
        Assert.Equal(12, stores.Count);
        Assert.Equal(stores[0], await inventory.GetStoreAsync(stores[0].Id));
        Assert.Null(await inventory.GetStoreAsync("s-99"));
        Assert.Null(await inventory.GetProductStockAsync("99999"));
    }

    [Fact]
    public async Task AnUnknownStoreIsABadRequestWithItsTitle()
    {
        await using var host = RealClients.Create(demo);

        var error = await Assert.ThrowsAsync<BackendException>(() => host.Get<IInventoryClient>().GetStockAsync(["1"], storeId: "s-99"));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.NotNull(error.Title);
    }
}
