namespace Bff.Backends.Reviews;

/// <summary>One review of a product; <see cref="Rating"/> is 1..5.</summary>
public sealed record Review(
    string Id, string ProductId, string UserId, string AuthorName, int Rating, string Title, string Body, DateTimeOffset CreatedAt);

/// <summary>How many reviews gave each number of stars.</summary>
public sealed record RatingCounts(int One, int Two, int Three, int Four, int Five);

/// <summary>A product's average rating, review count and distribution.</summary>
public sealed record RatingSummary(string ProductId, double Average, int Count, RatingCounts Distribution);

/// <summary>The latest reviews of one product and how many it has in all.</summary>
public sealed record ProductReviews(string ProductId, int TotalCount, IReadOnlyList<Review> Latest);
