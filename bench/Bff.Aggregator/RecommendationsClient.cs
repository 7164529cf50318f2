namespace Bff.Aggregator;

/// <summary>Recommendations: similar products.</summary>
internal sealed class RecommendationsClient(HttpClient http) : BackendClient(http)
{
    public Task<ProductRecommendations?> SimilarAsync(string id, int limit, CancellationToken ct) =>
        GetAsync($"/recommendations/products/{Escape(id)}?limit={limit}", Json.ProductRecommendations, ct);
}
