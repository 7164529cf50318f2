using Bff.Backends.Http;
using Refit;

namespace Bff.Backends.Recommendations;

/// <summary>The recommendations backend; <c>limit</c> is 1..50, default 8. The caller's token is forwarded for <see cref="GetForMeAsync"/>.</summary>
public interface IRecommendationsClient
{
    /// <summary>Products similar to one product, or null when the product is unknown.</summary>
    [Get("/recommendations/products/{productId}")]
    [NullOn404]
    Task<ProductRecommendations?> GetForProductAsync(string productId, int? limit = null, CancellationToken cancellationToken = default);

    /// <summary>Similar products for up to 100 products; unknown ids are absent.</summary>
    [Get("/recommendations/products")]
    Task<IReadOnlyList<ProductRecommendations>> GetForProductsAsync(
        IEnumerable<string> productIds, int? limit = null, CancellationToken cancellationToken = default);

    /// <summary>Recommendations for the calling user, from the categories of their orders.</summary>
    [Get("/recommendations/me")]
    Task<UserRecommendations> GetForMeAsync(int? limit = null, CancellationToken cancellationToken = default);
}
