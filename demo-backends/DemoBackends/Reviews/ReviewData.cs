using Bogus;
using DemoBackends.Data;
using DemoBackends.Users;

namespace DemoBackends.Reviews;

internal sealed record Review(
    string Id, string ProductId, string UserId, string AuthorName, int Rating, string Title, string Body, DateTimeOffset CreatedAt);

internal sealed record RatingCounts(int One, int Two, int Three, int Four, int Five);

internal sealed record RatingSummary(string ProductId, double Average, int Count, RatingCounts Distribution);

internal sealed record ProductReviews(string ProductId, int TotalCount, IReadOnlyList<Review> Latest);

/// <summary>Reviews per product, newest first, with their rating summaries.</summary>
internal sealed class ReviewData(IReadOnlyList<IReadOnlyList<Review>> byProduct, IReadOnlyList<RatingSummary> ratings)
{
    public int TotalCount { get; } = byProduct.Sum(r => r.Count);

    // A copy (an id past the seeded 5000) has its seeded product's reviews and rating, under its own id.
    public IReadOnlyList<Review>? ForProduct(string productId) => DemoData.TryProductIndex(productId, out var index)
        ? byProduct[index] is var reviews && (reviews.Count == 0 || reviews[0].ProductId == productId)
            ? reviews
            : reviews.Select(r => r with { ProductId = productId }).ToList()
        : null;

    public RatingSummary? Rating(string productId) => DemoData.TryProductIndex(productId, out var index)
        ? ratings[index] is var rating && rating.ProductId == productId ? rating : rating with { ProductId = productId }
        : null;
}

internal static class ReviewGenerator
{
    // Skewed towards good ratings, as shop reviews are.
    private static readonly int[] Ratings = [1, 2, 3, 3, 4, 4, 4, 5, 5, 5, 5];

    public static ReviewData Generate(Faker f, UserDirectory users)
    {
        var byProduct = new IReadOnlyList<Review>[DemoData.ProductCount];
        var ratings = new RatingSummary[DemoData.ProductCount];
        var next = 1;
        for (var i = 0; i < byProduct.Length; i++)
        {
            var productId = DemoData.ProductId(i);
            var reviews = new List<Review>();
            for (var n = f.Random.Int(2, 12); n > 0; n--)
            {
                var author = users.All[f.Random.Int(0, users.All.Count - 1)];
                reviews.Add(new Review($"r-{next++:000000}", productId, author.Id, author.DisplayName, f.PickRandom(Ratings),
                    f.Lorem.Sentence(3, 4).TrimEnd('.'), f.Lorem.Paragraph(2), DemoData.DateBefore(f, 900)));
            }

            reviews.Sort((a, b) => b.CreatedAt.CompareTo(a.CreatedAt));
            byProduct[i] = reviews;
            ratings[i] = Summarize(productId, reviews);
        }

        return new ReviewData(byProduct, ratings);
    }

    private static RatingSummary Summarize(string productId, List<Review> reviews)
    {
        int Count(int stars) => reviews.Count(r => r.Rating == stars);
        var average = reviews.Count == 0 ? 0 : Math.Round(reviews.Average(r => r.Rating), 2);
        return new RatingSummary(productId, average, reviews.Count, new RatingCounts(Count(1), Count(2), Count(3), Count(4), Count(5)));
    }
}
