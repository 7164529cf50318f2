namespace Bff.Backends.Catalog;

/// <summary>A product of the catalog; ids are "1".."5000".</summary>
public sealed record Product(
    string Id,
    string Name,
    string Description,
    string Brand,
    string CategoryId,
    IReadOnlyList<ProductImage> Images,
    IReadOnlyList<ProductAttribute> Attributes);

/// <summary>One product image in several sizes.</summary>
public sealed record ProductImage(string Alt, IReadOnlyList<ImageVariant> Variants);

/// <summary>One size of an image.</summary>
public sealed record ImageVariant(string Size, int Width, int Height, string Url);

/// <summary>A name/value attribute such as colour or material.</summary>
public sealed record ProductAttribute(string Name, string Value);

/// <summary>A product category; ids look like <c>c-01</c>.</summary>
public sealed record Category(string Id, string Name, string Slug, int ProductCount);

/// <summary>One facet value and how many hits have it.</summary>
public sealed record FacetValue(string Value, int Count);

/// <summary>The brand and category facets of a search.</summary>
public sealed record SearchFacets(IReadOnlyList<FacetValue> Brands, IReadOnlyList<FacetValue> Categories);

/// <summary>One page of search hits with facets; <see cref="Page"/> is 1-based.</summary>
public sealed record ProductSearchResult(
    IReadOnlyList<Product> Items, int Page, int PageSize, int TotalCount, int TotalPages, SearchFacets Facets);
