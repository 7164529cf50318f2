using Bff.Backends.Reviews;
using Bff.Caching;
using Bff.Domains.Common;
using Bff.GraphQL.DataLoader;

namespace Bff.Domains.Reviews;

/// <summary>
/// The latest reviews by product id over <c>GET /reviews?productIds=&amp;limit=20</c>. Always the backend's most (20),
/// so that one cache entry per product serves every <c>reviews(first:)</c>, which slices it.
/// </summary>
internal sealed class LatestReviewsByProductIdDataLoader(BatchScheduler scheduler, BffCache cache, IReviewsClient client)
    : CachedBatchDataLoader<ProductReviews>(scheduler, cache, ReviewsModule.Backend, ReviewsModule.ReviewsPolicy)
{
    public const int MaxPerProduct = 20;

    protected override CacheKey KeyOf(string id) => CacheKeys.Public(ReviewsModule.Backend, "latest-v1", id);

    protected override string IdOf(ProductReviews value) => value.ProductId;

    protected override async Task<IEnumerable<ProductReviews>> FetchAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken) =>
        await client.GetLatestReviewsAsync(ids, MaxPerProduct, cancellationToken).ConfigureAwait(false);
}
