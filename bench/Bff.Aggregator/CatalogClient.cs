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
