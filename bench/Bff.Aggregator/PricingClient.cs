namespace Bff.Aggregator;

/// <summary>Pricing: prices by product.</summary>
internal sealed class PricingClient(HttpClient http) : BackendClient(http)
{
    public Task<Price?> PriceAsync(string id, CancellationToken ct) => GetAsync($"/prices/{Escape(id)}", Json.Price, ct);

    public Task<IReadOnlyList<Price>?> PricesAsync(IEnumerable<string> ids, CancellationToken ct) =>
        GetAsync("/prices?productIds=" + Join(ids), Json.IReadOnlyListPrice, ct);
}
