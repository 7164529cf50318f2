using Bff.Backends;
using Bff.Backends.Catalog;
using Bff.Backends.Reviews;
using Bff.Caching;
using Bff.Domains.Common;
using Bff.GraphQL.Execution;

namespace Bff.Domains.Reviews;

/// <summary>
/// <c>Product.reviewConnection</c>: every review of a product, newest first, by cursor, over
/// <c>GET /products/{id}/reviews</c>. The backend is read in its largest pages, each cached under the reviews policy,
/// so that one entry holds all the reviews of most products and serves every <c>first</c>/<c>after</c> a client sends.
/// </summary>
internal static class ReviewConnectionResolver
{
    public const int MaxFirst = 50;
    private const int BackendPageSize = 50;

    // No product has anywhere near this many reviews; it keeps forged cursors from reaching far-off pages.
    private const int MaxOffset = 10_000;

    public static Task<Connection<Review>?> ConnectionAsync(Product product, IReviewsClient client, IResolverContext context)
    {
        var first = context.Count("first", MaxFirst);
        var start = OffsetCursor.StartAfter(context, MaxOffset);
        return OffsetConnection.ReadAsync(start, first, BackendPageSize, page => PageAsync(product.Id, page, client, context));
    }

    private static Task<Paged<Review>?> PageAsync(string productId, int page, IReviewsClient client, IResolverContext context) =>
        CachedRead.GetAsync(
            context, ReviewsModule.Backend, CacheKeys.Public(ReviewsModule.Backend, "page-v1", $"{productId}|{BackendPageSize}|{page}"),
            ReviewsModule.ReviewsPolicy, ct => client.GetProductReviewsAsync(productId, page, BackendPageSize, ct));
}
