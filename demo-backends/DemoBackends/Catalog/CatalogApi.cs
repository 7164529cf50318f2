using DemoBackends.Data;
using DemoBackends.Http;

namespace DemoBackends.Catalog;

internal static class CatalogApi
{
    private static readonly CachePolicy Policy = CachePolicy.Public(60);

    public static IEndpointRouteBuilder MapCatalogApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("").WithTags("Catalog");

        api.MapGet("/products", (string[]? ids, DemoData data) =>
            BatchIds.TryParse(ids, "ids", out var list, out var problem)
                ? Cached.Json(list.Select(data.Catalog.Find).OfType<Product>().ToList(), DemoJsonContext.Default.IReadOnlyListProduct, Policy)
                : problem!)
            .WithSummary("Products by id (batch); unknown ids are absent.")
            .Produces<IReadOnlyList<Product>>()
            .ProducesValidationProblem();

        api.MapGet("/products/{id}", (string id, DemoData data) =>
            data.Catalog.Find(id) is { } product
                ? Cached.Json(product, DemoJsonContext.Default.Product, Policy)
                : Problems.NotFound("product", id))
            .WithSummary("One product.")
            .Produces<Product>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/products/search", (string? q, string? category, string? brand, int? page, int? pageSize, DemoData data) =>
            Problems.Paging(page, pageSize, 100, out var p, out var size)
            ?? Cached.Json(CatalogSearch.Run(data.Catalog, q, category, brand, p, size), DemoJsonContext.Default.ProductSearchResult, Policy))
            .WithSummary("Text search with brand and category facets; page is 1-based, pageSize at most 100.")
            .Produces<ProductSearchResult>()
            .ProducesValidationProblem();

        api.MapGet("/categories", (string[]? ids, DemoData data) =>
        {
            if (ids is null || ids.Length == 0)
            {
                return Cached.Json(data.Catalog.Categories, DemoJsonContext.Default.IReadOnlyListCategory, Policy);
            }

            return BatchIds.TryParse(ids, "ids", out var list, out var problem)
                ? Cached.Json(list.Select(data.Catalog.FindCategory).OfType<Category>().ToList(), DemoJsonContext.Default.IReadOnlyListCategory, Policy)
                : problem!;
        })
            .WithSummary("All categories, or those named by ids (batch).")
            .Produces<IReadOnlyList<Category>>()
            .ProducesValidationProblem();

        api.MapGet("/categories/{id}", (string id, DemoData data) =>
            data.Catalog.FindCategory(id) is { } category
                ? Cached.Json(category, DemoJsonContext.Default.Category, Policy)
                : Problems.NotFound("category", id))
            .WithSummary("One category.")
            .Produces<Category>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        return app;
    }
}
