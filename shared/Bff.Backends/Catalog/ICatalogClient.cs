using Bff.Backends.Http;
using Refit;

namespace Bff.Backends.Catalog;

/// <summary>The catalog backend: products, search with facets, categories.</summary>
public interface ICatalogClient
{
    /// <summary>Up to 100 products in one call; unknown ids are absent from the result.</summary>
    [Get("/products")]
    Task<IReadOnlyList<Product>> GetProductsAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default);

    /// <summary>One product, or null when the id is unknown.</summary>
    [Get("/products/{id}")]
    [NullOn404]
    Task<Product?> GetProductAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Text search; every term must match. <paramref name="page"/> is 1-based, <paramref name="pageSize"/> at most 100.</summary>
    [Get("/products/search")]
    Task<ProductSearchResult> SearchProductsAsync(
        string? q = null, string? category = null, string? brand = null, int? page = null, int? pageSize = null,
        CancellationToken cancellationToken = default);

    /// <summary>All categories, or those named by <paramref name="ids"/> (unknown ids absent).</summary>
    [Get("/categories")]
    Task<IReadOnlyList<Category>> GetCategoriesAsync(IEnumerable<string>? ids = null, CancellationToken cancellationToken = default);

    /// <summary>One category, or null when the id is unknown.</summary>
    [Get("/categories/{id}")]
    [NullOn404]
    Task<Category?> GetCategoryAsync(string id, CancellationToken cancellationToken = default);
}
