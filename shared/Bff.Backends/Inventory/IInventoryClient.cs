using Bff.Backends.Http;
using Refit;

namespace Bff.Backends.Inventory;

/// <summary>The inventory backend: stock per product and store, and the stores.</summary>
public interface IInventoryClient
{
    /// <summary>Stock of up to 100 products, optionally in one store; unknown products are absent, an unknown store is a 400.</summary>
    [Get("/stock")]
    Task<IReadOnlyList<StockLevel>> GetStockAsync(IEnumerable<string> productIds, string? storeId = null, CancellationToken cancellationToken = default);

    /// <summary>Stock of one product in every store, or null when the product is unknown.</summary>
    [Get("/stock/{productId}")]
    [NullOn404]
    Task<StockLevel?> GetProductStockAsync(string productId, CancellationToken cancellationToken = default);

    /// <summary>All stores.</summary>
    [Get("/stores")]
    Task<IReadOnlyList<Store>> GetStoresAsync(CancellationToken cancellationToken = default);

    /// <summary>One store, or null when the id is unknown.</summary>
    [Get("/stores/{id}")]
    [NullOn404]
    Task<Store?> GetStoreAsync(string id, CancellationToken cancellationToken = default);
}
