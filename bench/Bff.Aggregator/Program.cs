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

app.MapGet("/health", () => "ok");
app.MapScreens();

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

/// <summary>The entry point, public for the tests' WebApplicationFactory.</summary>
public partial class Program;
