namespace Bff.Aggregator;

// What the demo backends send (camelCase JSON), only the fields the screens read.

/// <summary>A catalog product.</summary>
internal sealed record Product(string Id, string Name, string Description, string Brand, string CategoryId, IReadOnlyList<ProductImage> Images);

/// <summary>One product image in several sizes.</summary>
internal sealed record ProductImage(IReadOnlyList<ImageVariant> Variants);

/// <summary>One size of an image.</summary>
internal sealed record ImageVariant(string Size, int Width, string Url);

/// <summary>A catalog category.</summary>
internal sealed record Category(string Id, string Name);

/// <summary>A product's price; amounts rounded to cents.</summary>
internal sealed record Price(string ProductId, decimal Amount, decimal ListPrice, int DiscountPercent, string Currency);

/// <summary>A product's stock across stores.</summary>
internal sealed record StockLevel(string ProductId, int TotalQuantity, bool InStock, IReadOnlyList<StoreStock> Stores);

/// <summary>How many items of a product one store holds.</summary>
internal sealed record StoreStock(string StoreId, int Quantity);

/// <summary>A store.</summary>
internal sealed record Store(string Id, string Name, string City);

/// <summary>A product's rating summary.</summary>
internal sealed record RatingSummary(string ProductId, double Average, int Count, RatingCounts Distribution);

/// <summary>How many reviews gave each number of stars.</summary>
internal sealed record RatingCounts(int One, int Two, int Three, int Four, int Five);

/// <summary>The latest reviews of one product and how many it has in all.</summary>
internal sealed record ProductReviews(string ProductId, int TotalCount, IReadOnlyList<Review> Latest);

/// <summary>One review.</summary>
internal sealed record Review(string Id, string AuthorName, int Rating, string Title, DateTimeOffset CreatedAt);

/// <summary>Products similar to one product, best first.</summary>
internal sealed record ProductRecommendations(string ProductId, IReadOnlyList<Recommendation> Items);

/// <summary>A recommended product and its score.</summary>
internal sealed record Recommendation(string ProductId, double Score);
