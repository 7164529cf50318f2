using System.Globalization;
using Bff.Aggregator;

// The BFFs' three benchmark screens written by hand over the same demo backends: typed clients, Task.WhenAll, the
// JSON source-generated. No GraphQL, no cache, no resilience: what .NET does at best for these screens.
var builder = WebApplication.CreateSlimBuilder(args);

AddBackend<CatalogClient>("Catalog");
AddBackend<PricingClient>("Pricing");
AddBackend<InventoryClient>("Inventory");
AddBackend<ReviewsClient>("Reviews");
AddBackend<RecommendationsClient>("Recommendations");
builder.Services.AddTransient<ProductDetailScreen>().AddTransient<ProductPageScreen>().AddTransient<ProductListScreen>();

var app = builder.Build();

// A backend that fails fails the screen: 502, no stack trace.
app.UseExceptionHandler(new ExceptionHandlerOptions
{
    StatusCodeSelector = e => e is HttpRequestException or TaskCanceledException ? StatusCodes.Status502BadGateway : StatusCodes.Status500InternalServerError,
    ExceptionHandler = _ => Task.CompletedTask,
});

var json = ScreenJsonContext.Default;

app.MapGet("/health", () => "ok");

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

app.Run();

// One typed client per backend, its base URL where the BFFs read theirs; the factory's pooled SocketsHttpHandler,
// whose connections are renewed every few minutes (DNS) rather than the handler being rebuilt.
void AddBackend<TClient>(string name)
    where TClient : class
{
    var baseUrl = builder.Configuration[$"Backends:{name}:BaseUrl"] ?? throw new InvalidOperationException($"Backends:{name}:BaseUrl is not configured.");
    builder.Services.AddHttpClient<TClient>(http => http.BaseAddress = new Uri(baseUrl))
        .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
}

static IResult? Check(double value, double min, double max, string name) => value >= min && value <= max
    ? null
    : Results.Problem(string.Create(CultureInfo.InvariantCulture, $"{name} must be {min}..{max}."), statusCode: StatusCodes.Status400BadRequest);

/// <summary>The entry point, public for the tests' WebApplicationFactory.</summary>
public partial class Program;
