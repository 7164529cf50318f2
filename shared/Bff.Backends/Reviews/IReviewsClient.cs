using Bff.Backends.Http;
using Refit;

namespace Bff.Backends.Reviews;

/// <summary>The reviews backend: reviews per product and rating summaries.</summary>
public interface IReviewsClient
{
    /// <summary>A product's reviews, newest first, or null when the product is unknown; <paramref name="pageSize"/> at most 50.</summary>
    [Get("/products/{productId}/reviews")]
    [NullOn404]
    Task<Paged<Review>?> GetProductReviewsAsync(string productId, int? page = null, int? pageSize = null, CancellationToken cancellationToken = default);

    /// <summary>The latest reviews of up to 100 products; <paramref name="limit"/> per product, default 3, at most 20.</summary>
    [Get("/reviews")]
    Task<IReadOnlyList<ProductReviews>> GetLatestReviewsAsync(IEnumerable<string> productIds, int? limit = null, CancellationToken cancellationToken = default);

    /// <summary>Rating summaries of up to 100 products; unknown ids are absent.</summary>
    [Get("/ratings")]
    Task<IReadOnlyList<RatingSummary>> GetRatingsAsync(IEnumerable<string> productIds, CancellationToken cancellationToken = default);

    /// <summary>One product's rating summary, or null when the product is unknown.</summary>
    [Get("/ratings/{productId}")]
    [NullOn404]
    Task<RatingSummary?> GetRatingAsync(string productId, CancellationToken cancellationToken = default);
}
