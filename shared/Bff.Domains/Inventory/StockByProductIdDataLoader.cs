using Bff.Backends.Inventory;
using Bff.Caching;
using Bff.Domains.Common;
using Bff.GraphQL.DataLoader;

namespace Bff.Domains.Inventory;

/// <summary>Stock by product id (all stores) over <c>GET /stock?productIds=</c>.</summary>
internal sealed class StockByProductIdDataLoader(BatchScheduler scheduler, BffCache cache, IInventoryClient client)
    : CachedBatchDataLoader<StockLevel>(scheduler, cache, InventoryModule.Backend, InventoryModule.StockPolicy)
{
    protected override CacheKey KeyOf(string id) => CacheKeys.Public(InventoryModule.Backend, "stock-v1", id);

    protected override string IdOf(StockLevel value) => value.ProductId;

    protected override async Task<IEnumerable<StockLevel>> FetchAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken) =>
        await client.GetStockAsync(ids, null, cancellationToken).ConfigureAwait(false);
}
