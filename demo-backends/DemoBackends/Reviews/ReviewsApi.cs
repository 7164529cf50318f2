using DemoBackends.Data;
using DemoBackends.Http;

namespace DemoBackends.Reviews;

internal static class ReviewsApi
{
    private static readonly CachePolicy Policy = CachePolicy.Public(60);

    public static IEndpointRouteBuilder MapReviewsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("").WithTags("Reviews");

        api.MapGet("/products/{productId}/reviews", (string productId, int? page, int? pageSize, DemoData data) =>
        {
            if (data.Reviews.ForProduct(productId) is not { } reviews)
            {
                return Problems.NotFound("product", productId);
            }

            return Problems.Paging(page, pageSize, 50, out var p, out var size)
                ?? Cached.Json(Paged<Review>.From(reviews, p, size), DemoJsonContext.Default.PagedReview, Policy);
        })
            .WithSummary("A product's reviews, newest first; page is 1-based, pageSize at most 50.")
            .Produces<Paged<Review>>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/reviews", (string[]? productIds, int? limit, DemoData data) =>
        {
            if (!BatchIds.TryParse(productIds, "productIds", out var ids, out var problem))
            {
                return problem!;
            }

            if (limit is < 1 or > 20)
            {
                return Problems.Validation("limit", "'limit' must be between 1 and 20.");
            }

            var latest = ids
                .Select(id => (id, reviews: data.Reviews.ForProduct(id)))
                .Where(x => x.reviews is not null)
                .Select(x => new ProductReviews(x.id, x.reviews!.Count, x.reviews.Take(limit ?? 3).ToList()))
                .ToList();
            return Cached.Json(latest, DemoJsonContext.Default.IReadOnlyListProductReviews, Policy);
        })
            .WithSummary("The latest reviews of several products (batch); limit per product, default 3, at most 20.")
            .Produces<IReadOnlyList<ProductReviews>>()
            .ProducesValidationProblem();

        api.MapGet("/ratings", (string[]? productIds, DemoData data) =>
            BatchIds.TryParse(productIds, "productIds", out var ids, out var problem)
                ? Cached.Json(ids.Select(data.Reviews.Rating).OfType<RatingSummary>().ToList(), DemoJsonContext.Default.IReadOnlyListRatingSummary, Policy)
                : problem!)
            .WithSummary("Rating summaries by product id (batch); unknown ids are absent.")
            .Produces<IReadOnlyList<RatingSummary>>()
            .ProducesValidationProblem();

        api.MapGet("/ratings/{productId}", (string productId, DemoData data) =>
            data.Reviews.Rating(productId) is { } rating
                ? Cached.Json(rating, DemoJsonContext.Default.RatingSummary, Policy)
                : Problems.NotFound("product", productId))
            .WithSummary("The rating summary of one product.")
            .Produces<RatingSummary>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        return app;
    }
}
