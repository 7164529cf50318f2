using Bogus;
using DemoBackends.Data;

namespace DemoBackends.Inventory;

internal sealed record Store(string Id, string Name, string City, string Country);

internal sealed record StoreStock(string StoreId, int Quantity);

internal sealed record StockLevel(string ProductId, int TotalQuantity, bool InStock, IReadOnlyList<StoreStock> Stores);

/// <summary>Stock of every product in every store.</summary>
internal sealed class StockData(IReadOnlyList<Store> stores, IReadOnlyList<StockLevel> levels)
{
    public IReadOnlyList<Store> Stores => stores;

    public Store? FindStore(string id) => stores.FirstOrDefault(s => s.Id == id);

    // A copy (an id past the seeded 5000) carries its own id.
    public StockLevel? Find(string productId) => DemoData.TryProductIndex(productId, out var index)
        ? levels[index] is var level && level.ProductId == productId ? level : level with { ProductId = productId }
        : null;

    /// <summary>The stock of one product narrowed to one store.</summary>
    public static StockLevel InStore(StockLevel level, string storeId)
    {
        var stores = level.Stores.Where(s => s.StoreId == storeId).ToList();
        var total = stores.Sum(s => s.Quantity);
        return new StockLevel(level.ProductId, total, total > 0, stores);
    }
}

internal static class StockGenerator
{
    public static StockData Generate(Faker f)
    {
        var stores = Enumerable.Range(1, 12)
            .Select(n => new Store($"s-{n:00}", $"{f.Address.City()} {f.PickRandom("Central", "Mall", "Outlet", "Station")}", f.Address.City(), f.Address.CountryCode()))
            .ToList();
        var levels = new StockLevel[DemoData.ProductCount];
        for (var i = 0; i < levels.Length; i++)
        {
            // About one in five store shelves is empty, so "out of stock here, available there" happens.
            var perStore = stores.Select(s => new StoreStock(s.Id, f.Random.Bool(0.2f) ? 0 : f.Random.Int(1, 60))).ToList();
            var total = perStore.Sum(s => s.Quantity);
            levels[i] = new StockLevel(DemoData.ProductId(i), total, total > 0, perStore);
        }

        return new StockData(stores, levels);
    }
}
