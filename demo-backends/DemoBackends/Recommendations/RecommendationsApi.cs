using System.Security.Claims;
using DemoBackends.Auth;
using DemoBackends.Http;

namespace DemoBackends.Recommendations;

internal static class RecommendationsApi
{
    public static IEndpointRouteBuilder MapRecommendationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/recommendations").WithTags("Recommendations");

        api.MapGet("/products/{productId}", (string productId, int? limit, RecommendationEngine engine) =>
            InvalidLimit(limit)
            ?? (engine.ForProduct(productId, limit ?? 8) is { } recommendations
                ? Cached.Json(recommendations, DemoJsonContext.Default.ProductRecommendations, CachePolicy.Public(300))
                : Problems.NotFound("product", productId)))
            .WithSummary("Products similar to one product; limit default 8, at most 50.")
            .Produces<ProductRecommendations>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/products", (string[]? productIds, int? limit, RecommendationEngine engine) =>
        {
            if (!BatchIds.TryParse(productIds, "productIds", out var ids, out var problem))
            {
                return problem!;
            }

            return InvalidLimit(limit) ?? Cached.Json(
                ids.Select(id => engine.ForProduct(id, limit ?? 8)).OfType<ProductRecommendations>().ToList(),
                DemoJsonContext.Default.IReadOnlyListProductRecommendations, CachePolicy.Public(300));
        })
            .WithSummary("Similar products for several products (batch); unknown ids are absent.")
            .Produces<IReadOnlyList<ProductRecommendations>>()
            .ProducesValidationProblem();

        api.MapGet("/me", (int? limit, ClaimsPrincipal user, RecommendationEngine engine) =>
            InvalidLimit(limit)
            ?? Cached.Json(engine.ForUser(user.UserId(), limit ?? 8), DemoJsonContext.Default.UserRecommendations, CachePolicy.Private(60)))
            .RequireAuthorization()
            .WithSummary("Recommendations for the calling user, from the categories of their orders.")
            .Produces<UserRecommendations>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        return app;
    }

    private static IResult? InvalidLimit(int? limit) =>
        limit is < 1 or > 50 ? Problems.Validation("limit", "'limit' must be between 1 and 50.") : null;
}
