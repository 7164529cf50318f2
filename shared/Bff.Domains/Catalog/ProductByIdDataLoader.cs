using Bff.Backends.Catalog;
using Bff.Caching;
using Bff.Domains.Common;
using Bff.GraphQL.DataLoader;

namespace Bff.Domains.Catalog;

/// <summary>Products by id over <c>GET /products?ids=</c>.</summary>
internal sealed class ProductByIdDataLoader(BatchScheduler scheduler, BffCache cache, ICatalogClient client)
    : CachedBatchDataLoader<Product>(scheduler, cache, CatalogModule.Backend, CatalogModule.ProductPolicy)
{
    public static CacheKey Key(string id) => CacheKeys.Public(CatalogModule.Backend, "product-v1", id);

    protected override CacheKey KeyOf(string id) => Key(id);

    protected override string IdOf(Product value) => value.Id;

    protected override async Task<IEnumerable<Product>> FetchAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken) =>
        await client.GetProductsAsync(ids, cancellationToken).ConfigureAwait(false);
}
