using DemoBackends.Data;
using DemoBackends.Http;

namespace DemoBackends.Inventory;

internal static class InventoryApi
{
    // Stock moves: a short max-age, and the ETag makes revalidation cheap.
    private static readonly CachePolicy Policy = CachePolicy.Public(5);

    public static IEndpointRouteBuilder MapInventoryApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("").WithTags("Inventory");

        api.MapGet("/stock", (string[]? productIds, string? storeId, DemoData data) =>
        {
            if (!BatchIds.TryParse(productIds, "productIds", out var ids, out var problem))
            {
                return problem!;
            }

            if (storeId is not null && data.Stock.FindStore(storeId) is null)
            {
                return Problems.Validation("storeId", $"Unknown store '{storeId}'.");
            }

            var levels = ids.Select(data.Stock.Find).OfType<StockLevel>()
                .Select(level => storeId is null ? level : StockData.InStore(level, storeId))
                .ToList();
            return Cached.Json(levels, DemoJsonContext.Default.IReadOnlyListStockLevel, Policy);
        })
            .WithSummary("Stock by product id (batch), optionally in one store; unknown ids are absent.")
            .Produces<IReadOnlyList<StockLevel>>()
            .ProducesValidationProblem();

        api.MapGet("/stock/{productId}", (string productId, DemoData data) =>
            data.Stock.Find(productId) is { } level
                ? Cached.Json(level, DemoJsonContext.Default.StockLevel, Policy)
                : Problems.NotFound("product", productId))
            .WithSummary("Stock of one product in every store.")
            .Produces<StockLevel>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/stores", (DemoData data) => Cached.Json(data.Stock.Stores, DemoJsonContext.Default.IReadOnlyListStore, CachePolicy.Public(300)))
            .WithSummary("All stores.");

        api.MapGet("/stores/{id}", (string id, DemoData data) =>
            data.Stock.FindStore(id) is { } store
                ? Cached.Json(store, DemoJsonContext.Default.Store, CachePolicy.Public(300))
                : Problems.NotFound("store", id))
            .WithSummary("One store.")
            .Produces<Store>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        return app;
    }
}
