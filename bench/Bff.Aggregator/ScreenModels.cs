namespace Bff.Aggregator;

// The screens' JSON: field for field what the BFFs answer for the same screen ({"data": {...}}), so that a client
// could not tell them apart. Nulls are written, as GraphQL writes them.

/// <summary>A GraphQL-shaped response body.</summary>
internal sealed record Response<T>(T Data);

/// <summary>bff-mobile's ProductDetail (bff-mobile/Operations/ProductDetail.graphql).</summary>
internal sealed record ProductDetailData(DetailProduct? Product);

internal sealed record DetailProduct(
    string Id, string Name, string Brand, string? ImageUrl, string Summary, DetailPrice? Price, bool? Available,
    ShortRating? Rating, IReadOnlyList<DetailReview>? TopReviews, IReadOnlyList<SimilarItem>? Similar);

internal sealed record DetailPrice(decimal Amount, decimal ListPrice, int DiscountPercent, string Currency);

internal sealed record ShortPrice(decimal Amount, string Currency);

internal sealed record ShortRating(double Average, int Count);

internal sealed record DetailReview(string Id, string AuthorName, int Rating, string Title, string CreatedAt);

internal sealed record SimilarItem(SimilarProduct? Product);

internal sealed record SimilarProduct(string Id, string Name, string? ImageUrl, ShortPrice? Price);

/// <summary>bff-web's productPage (bench/bffs/ProductPage.graphql).</summary>
internal sealed record ProductPageData(ProductPage? ProductPage);

internal sealed record ProductPage(
    PageProduct Product, PagePrice? Price, PageStock? Stock, PageRating? Rating, PageReviews? Reviews,
    IReadOnlyList<PageRecommendation>? Recommendations);

internal sealed record PageProduct(string Id, string Name, string Brand, CategoryName? Category, IReadOnlyList<PageImage> Images);

internal sealed record CategoryName(string Name);

internal sealed record PageImage(IReadOnlyList<PageImageVariant> Variants);

internal sealed record PageImageVariant(string Size, string Url);

internal sealed record PagePrice(decimal Amount, decimal ListPrice, string Currency);

internal sealed record PageStock(int TotalQuantity, bool InStock, IReadOnlyList<PageStoreStock> Stores);

internal sealed record PageStoreStock(string StoreId, int Quantity, StoreName? Store);

internal sealed record StoreName(string Name, string City);

internal sealed record PageRating(double Average, int Count, PageDistribution Distribution);

internal sealed record PageDistribution(int One, int Five);

internal sealed record PageReviews(int TotalCount, IReadOnlyList<PageReview> Items);

internal sealed record PageReview(string AuthorName, int Rating, string Title, string CreatedAt);

internal sealed record PageRecommendation(double Score, RecommendedProduct? Product);

internal sealed record RecommendedProduct(string Id, string Name, AmountOnly? Price, InStockOnly? Stock);

internal sealed record AmountOnly(decimal Amount);

internal sealed record InStockOnly(bool InStock);

/// <summary>bff-mobile's RecentlyViewed (bff-mobile/Operations/RecentlyViewed.graphql): one entry per id, null when unknown.</summary>
internal sealed record ProductListData(IReadOnlyList<ListProduct?> Products);

internal sealed record ListProduct(string Id, string Name, string Brand, string? ImageUrl, ShortPrice? Price, bool? Available, ShortRating? Rating);
