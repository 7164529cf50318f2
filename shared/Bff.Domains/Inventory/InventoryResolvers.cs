using Bff.Backends.Catalog;
using Bff.Backends.Inventory;
using Bff.Caching;
using Bff.Domains.Common;
using Bff.GraphQL.Execution;

namespace Bff.Domains.Inventory;

/// <summary>The inventory's fields. The twelve stores are one cached list, which every store lookup reads.</summary>
internal static class InventoryResolvers
{
    public static Task<StockLevel?> StockAsync(Product product, StockByProductIdDataLoader stock, IResolverContext context) =>
        stock.LoadValueAsync(context, product.Id);

    public static Task<IReadOnlyList<Store>> StoresAsync(IInventoryClient client, IResolverContext context) =>
        CachedRead.GetAsync(
            context, InventoryModule.Backend, CacheKeys.Public(InventoryModule.Backend, "stores-v1", "all"),
            InventoryModule.StorePolicy, ct => client.GetStoresAsync(ct));

    public static async Task<Store?> StoreAsync(string id, IInventoryClient client, IResolverContext context) =>
        (await StoresAsync(client, context).ConfigureAwait(false)).FirstOrDefault(s => s.Id == id);
}
