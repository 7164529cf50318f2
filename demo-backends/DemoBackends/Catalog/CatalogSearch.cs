namespace DemoBackends.Catalog;

/// <summary>Full-scan text search: every term must occur in name, brand or description; filters narrow, facets count.</summary>
internal static class CatalogSearch
{
    public static ProductSearchResult Run(CatalogData catalog, string? q, string? categoryId, string? brand, int page, int pageSize)
    {
        var terms = (q ?? "").ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var textMatches = new List<Product>();
        for (var i = 0; i < catalog.Products.Count; i++)
        {
            if (catalog.MatchesAll(i, terms))
            {
                textMatches.Add(catalog.Products[i]);
            }
        }

        // Each facet is counted with the other filter applied, so choosing a brand still shows its categories.
        var byCategory = textMatches.Where(p => brand is null || string.Equals(p.Brand, brand, StringComparison.OrdinalIgnoreCase));
        var byBrand = textMatches.Where(p => categoryId is null || p.CategoryId == categoryId);
        var facets = new SearchFacets(Count(byBrand, p => p.Brand), Count(byCategory, p => p.CategoryId));

        var hits = byBrand.Where(p => brand is null || string.Equals(p.Brand, brand, StringComparison.OrdinalIgnoreCase)).ToList();
        var items = hits.Skip((page - 1) * pageSize).Take(pageSize).ToList();
        return new ProductSearchResult(items, page, pageSize, hits.Count, (hits.Count + pageSize - 1) / pageSize, facets);
    }

    private static List<FacetValue> Count(IEnumerable<Product> products, Func<Product, string> key) =>
        products.GroupBy(key, StringComparer.Ordinal)
            .Select(g => new FacetValue(g.Key, g.Count()))
            .OrderByDescending(v => v.Count)
            .ThenBy(v => v.Value, StringComparer.Ordinal)
            .Take(20)
            .ToList();
}
