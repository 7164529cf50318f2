using System.Globalization;

namespace Bff.Aggregator;

/// <summary>The three screens' endpoints: arguments checked (a 400 before any backend call), the screen's JSON written.</summary>
internal static class ScreenEndpoints
{
    public static IEndpointRouteBuilder MapScreens(this IEndpointRouteBuilder app)
    {
        var json = ScreenJsonContext.Default;

        app.MapGet("/screens/product-detail/{id}", async (string id, int? imageWidth, double? density, int? summaryLength, ProductDetailScreen screen, CancellationToken ct) =>
            Check(imageWidth ?? 300, 1, 4000, "imageWidth") ?? Check(density ?? 2, 1, 4, "density") ?? Check(summaryLength ?? 80, 20, 1000, "summaryLength")
            ?? Results.Json(await screen.GetAsync(id, imageWidth ?? 300, density ?? 2, summaryLength ?? 80, ct), json.ResponseProductDetailData));

        app.MapGet("/screens/product-page/{id}", async (string id, ProductPageScreen screen, CancellationToken ct) =>
            Results.Json(await screen.GetAsync(id, ct), json.ResponseProductPageData));

        app.MapGet("/screens/product-list", async (string? ids, int? imageWidth, double? density, ProductListScreen screen, CancellationToken ct) =>
        {
            var list = (ids ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return Check(list.Length, 1, ProductListScreen.MaxIds, "the number of ids") ?? Check(imageWidth ?? 160, 1, 4000, "imageWidth") ?? Check(density ?? 2, 1, 4, "density")
                ?? Results.Json(await screen.GetAsync(list, imageWidth ?? 160, density ?? 2, ct), json.ResponseProductListData);
        });

        return app;
    }

    private static IResult? Check(double value, double min, double max, string name) => value >= min && value <= max
        ? null
        : Results.Problem(string.Create(CultureInfo.InvariantCulture, $"{name} must be {min}..{max}."), statusCode: StatusCodes.Status400BadRequest);
}
