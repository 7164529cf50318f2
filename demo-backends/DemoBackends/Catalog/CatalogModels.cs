namespace DemoBackends.Catalog;

internal sealed record Product(
    string Id,
    string Name,
    string Description,
    string Brand,
    string CategoryId,
    IReadOnlyList<ProductImage> Images,
    IReadOnlyList<ProductAttribute> Attributes);

internal sealed record ProductImage(string Alt, IReadOnlyList<ImageVariant> Variants);

internal sealed record ImageVariant(string Size, int Width, int Height, string Url);

internal sealed record ProductAttribute(string Name, string Value);

internal sealed record Category(string Id, string Name, string Slug, int ProductCount);

internal sealed record FacetValue(string Value, int Count);

internal sealed record SearchFacets(IReadOnlyList<FacetValue> Brands, IReadOnlyList<FacetValue> Categories);

internal sealed record ProductSearchResult(
    IReadOnlyList<Product> Items, int Page, int PageSize, int TotalCount, int TotalPages, SearchFacets Facets);
