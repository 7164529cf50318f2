using DemoBackends.Data;
using DemoBackends.Http;

namespace DemoBackends.Pricing;

internal static class PricingApi
{
    private static readonly CachePolicy Policy = CachePolicy.Public(30);

    public static IEndpointRouteBuilder MapPricingApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/prices").WithTags("Pricing");

        api.MapGet("/", (string[]? productIds, DemoData data) =>
            BatchIds.TryParse(productIds, "productIds", out var ids, out var problem)
                ? Cached.Json(ids.Select(data.Prices.Find).OfType<Price>().ToList(), DemoJsonContext.Default.IReadOnlyListPrice, Policy)
                : problem!)
            .WithSummary("Prices by product id (batch); unknown ids are absent.")
            .Produces<IReadOnlyList<Price>>()
            .ProducesValidationProblem();

        api.MapGet("/{productId}", (string productId, DemoData data) =>
            data.Prices.Find(productId) is { } price
                ? Cached.Json(price, DemoJsonContext.Default.Price, Policy)
                : Problems.NotFound("price for product", productId))
            .WithSummary("The price of one product.")
            .Produces<Price>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        return app;
    }
}
