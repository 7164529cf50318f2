using Bff.Backends.Recommendations;
using Bff.Caching;
using Bff.Domains.Common;
using Bff.GraphQL.DataLoader;

namespace Bff.Domains.Recommendations;

/// <summary>
/// Similar products by product id over <c>GET /recommendations/products?productIds=&amp;limit=20</c>; always 20, so one
/// cache entry per product serves every <c>recommendations(first:)</c>.
/// </summary>
internal sealed class SimilarByProductIdDataLoader(BatchScheduler scheduler, BffCache cache, IRecommendationsClient client)
    : CachedBatchDataLoader<ProductRecommendations>(scheduler, cache, RecommendationsModule.Backend, RecommendationsModule.SimilarPolicy)
{
    public const int MaxPerProduct = 20;

    protected override CacheKey KeyOf(string id) => CacheKeys.Public(RecommendationsModule.Backend, "similar-v1", id);

    protected override string IdOf(ProductRecommendations value) => value.ProductId;

    protected override async Task<IEnumerable<ProductRecommendations>> FetchAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken) =>
        await client.GetForProductsAsync(ids, MaxPerProduct, cancellationToken).ConfigureAwait(false);
}
