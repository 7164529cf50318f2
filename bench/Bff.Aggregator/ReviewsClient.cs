namespace Bff.Aggregator;

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
