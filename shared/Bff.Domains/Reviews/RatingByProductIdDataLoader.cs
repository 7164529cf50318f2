using Bff.Backends.Reviews;
using Bff.Caching;
using Bff.Domains.Common;
using Bff.GraphQL.DataLoader;

namespace Bff.Domains.Reviews;

/// <summary>Rating summaries by product id over <c>GET /ratings?productIds=</c>.</summary>
internal sealed class RatingByProductIdDataLoader(BatchScheduler scheduler, BffCache cache, IReviewsClient client)
    : CachedBatchDataLoader<RatingSummary>(scheduler, cache, ReviewsModule.Backend, ReviewsModule.RatingPolicy)
{
    protected override CacheKey KeyOf(string id) => CacheKeys.Public(ReviewsModule.Backend, "rating-v1", id);

    protected override string IdOf(RatingSummary value) => value.ProductId;

    protected override async Task<IEnumerable<RatingSummary>> FetchAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken) =>
        await client.GetRatingsAsync(ids, cancellationToken).ConfigureAwait(false);
}
