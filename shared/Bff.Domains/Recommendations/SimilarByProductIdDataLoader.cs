using Bff.Backends.Recommendations;
using Bff.Caching;
using Bff.Domains.Catalog;
using Bff.Domains.Common;
using Bff.GraphQL.DataLoader;

namespace Bff.Domains.Recommendations;

/// <summary>
/// Similar products by product id over <c>GET /recommendations/products?productIds=&amp;limit=20</c>; always 20, so one
/// cache entry per product serves every <c>recommendations(first:)</c>. When the resolvers ask for the recommended
/// products, the batch loads them too, in one catalog batch for all parents, before any parent's list resolves: so
/// every <c>product</c> below resolves at once and the fields below those (<c>price</c>) join one batch as well.
/// </summary>
internal sealed class SimilarByProductIdDataLoader(
    BatchScheduler scheduler, BffCache cache, IRecommendationsClient client, ProductByIdDataLoader products)
    : CachedBatchDataLoader<ProductRecommendations>(scheduler, cache, RecommendationsModule.Backend, RecommendationsModule.SimilarPolicy)
{
    public const int MaxPerProduct = 20;
    private int productsPerParent;

    /// <summary>Called by resolvers before they load: the batch should also load the first <paramref name="count"/> products of each list.</summary>
    public void AlsoLoadProducts(int count)
    {
        int seen;
        do
        {
            seen = Volatile.Read(ref productsPerParent);
        }
        while (count > seen && Interlocked.CompareExchange(ref productsPerParent, count, seen) != seen);
    }

    protected override Task OnLoadedAsync(IReadOnlyDictionary<string, CacheResult<ProductRecommendations>> values, CancellationToken cancellationToken)
    {
        var count = Volatile.Read(ref productsPerParent);
        if (count == 0)
        {
            return Task.CompletedTask;
        }

        var ids = values.Values.Where(v => v.Value is not null)
            .SelectMany(v => v.Value.Items.Take(count)).Select(r => r.ProductId).Distinct(StringComparer.Ordinal).ToArray();
        return ProductPrefetch.TryLoadAsync(products, ids, cancellationToken);
    }

    protected override CacheKey KeyOf(string id) => CacheKeys.Public(RecommendationsModule.Backend, "similar-v1", id);

    protected override string IdOf(ProductRecommendations value) => value.ProductId;

    protected override async Task<IEnumerable<ProductRecommendations>> FetchAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken) =>
        await client.GetForProductsAsync(ids, MaxPerProduct, cancellationToken).ConfigureAwait(false);
}
