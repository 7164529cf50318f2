namespace DemoBackends.Catalog;

/// <summary>Products by index (id - 1) and categories by id; immutable once generated.</summary>
internal sealed class CatalogData(IReadOnlyList<Product> products, IReadOnlyList<Category> categories)
{
    private readonly Dictionary<string, Category> categoriesById = categories.ToDictionary(c => c.Id, StringComparer.Ordinal);
    private readonly ILookup<string, Product> productsByCategory = products.ToLookup(p => p.CategoryId, StringComparer.Ordinal);

    // Lower-cased once so a search scans plain strings.
    private readonly string[] searchText = products.Select(p => $"{p.Name} {p.Brand} {p.Description}".ToLowerInvariant()).ToArray();

    public IReadOnlyList<Product> Products => products;

    public IReadOnlyList<Category> Categories => categories;

    // A copy (an id past the seeded 5000) carries its own id; its images stay its seeded product's.
    public Product? Find(string id) => Data.DemoData.TryProductIndex(id, out var index)
        ? products[index] is var product && product.Id == id ? product : product with { Id = id }
        : null;

    public Category? FindCategory(string id) => categoriesById.GetValueOrDefault(id);

    public bool MatchesAll(int index, IReadOnlyList<string> lowerTerms) =>
        lowerTerms.All(term => searchText[index].Contains(term, StringComparison.Ordinal));

    public IEnumerable<Product> InCategory(string categoryId) => productsByCategory[categoryId];
}
