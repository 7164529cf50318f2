namespace Bff.Aggregator;

/// <summary>The catalog: products and categories.</summary>
internal sealed class CatalogClient(HttpClient http) : BackendClient(http)
{
    public Task<Product?> ProductAsync(string id, CancellationToken ct) => GetAsync($"/products/{Escape(id)}", Json.Product, ct);

    /// <summary>The known ones of <paramref name="ids"/> (unknown ids are absent).</summary>
    public Task<IReadOnlyList<Product>?> ProductsAsync(IEnumerable<string> ids, CancellationToken ct) =>
        GetAsync("/products?ids=" + Join(ids), Json.IReadOnlyListProduct, ct);

    public Task<Category?> CategoryAsync(string id, CancellationToken ct) => GetAsync($"/categories/{Escape(id)}", Json.Category, ct);
}

/// <summary>Pricing: prices by product.</summary>
internal sealed class PricingClient(HttpClient http) : BackendClient(http)
{
    public Task<Price?> PriceAsync(string id, CancellationToken ct) => GetAsync($"/prices/{Escape(id)}", Json.Price, ct);

    public Task<IReadOnlyList<Price>?> PricesAsync(IEnumerable<string> ids, CancellationToken ct) =>
        GetAsync("/prices?productIds=" + Join(ids), Json.IReadOnlyListPrice, ct);
}

/// <summary>Inventory: stock by product, and the stores.</summary>
internal sealed class InventoryClient(HttpClient http) : BackendClient(http)
{
    public Task<StockLevel?> StockAsync(string id, CancellationToken ct) => GetAsync($"/stock/{Escape(id)}", Json.StockLevel, ct);

    public Task<IReadOnlyList<StockLevel>?> StocksAsync(IEnumerable<string> ids, CancellationToken ct) =>
        GetAsync("/stock?productIds=" + Join(ids), Json.IReadOnlyListStockLevel, ct);

    public Task<IReadOnlyList<Store>?> StoresAsync(CancellationToken ct) => GetAsync("/stores", Json.IReadOnlyListStore, ct);
}

/// <summary>Reviews: ratings and the latest reviews.</summary>
internal sealed class ReviewsClient(HttpClient http) : BackendClient(http)
{
    public Task<RatingSummary?> RatingAsync(string id, CancellationToken ct) => GetAsync($"/ratings/{Escape(id)}", Json.RatingSummary, ct);

    public Task<IReadOnlyList<RatingSummary>?> RatingsAsync(IEnumerable<string> ids, CancellationToken ct) =>
        GetAsync("/ratings?productIds=" + Join(ids), Json.IReadOnlyListRatingSummary, ct);

    /// <summary>The <paramref name="limit"/> newest reviews of one product and its review count.</summary>
    public async Task<ProductReviews?> LatestAsync(string id, int limit, CancellationToken ct) =>
        (await GetAsync($"/reviews?productIds={Escape(id)}&limit={limit}", Json.IReadOnlyListProductReviews, ct).ConfigureAwait(false))
            ?.FirstOrDefault();
}

/// <summary>Recommendations: similar products.</summary>
internal sealed class RecommendationsClient(HttpClient http) : BackendClient(http)
{
    public Task<ProductRecommendations?> SimilarAsync(string id, int limit, CancellationToken ct) =>
        GetAsync($"/recommendations/products/{Escape(id)}?limit={limit}", Json.ProductRecommendations, ct);
}
