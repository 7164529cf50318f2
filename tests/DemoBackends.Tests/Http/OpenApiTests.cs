using System.Text.Json;
using DemoBackends.Tests.Support;

namespace DemoBackends.Tests.Http;

public sealed class OpenApiTests
{
    [Theory]
    [InlineData("catalog", "/products", "/products/{id}", "/products/search", "/categories", "/categories/{id}")]
    [InlineData("inventory", "/stock", "/stock/{productId}", "/stores", "/stores/{id}")]
    [InlineData("pricing", "/prices", "/prices/{productId}")]
    [InlineData("reviews", "/products/{productId}/reviews", "/reviews", "/ratings", "/ratings/{productId}")]
    [InlineData("users", "/me", "/me/addresses")]
    [InlineData("orders", "/orders", "/orders/{id}")]
    [InlineData("cart", "/cart", "/cart/items", "/cart/items/{productId}")]
    [InlineData("recommendations", "/recommendations/products/{productId}", "/recommendations/products", "/recommendations/me")]
    [InlineData("notifications", "/notifications", "/notifications/unread-count", "/notifications/{id}/read")]
    public async Task EachServiceServesItsOpenApiDocumentListingItsEndpointsAndTheAdminApi(string service, params string[] paths)
    {
        await using var running = await RunningService.StartAsync(service);

        var document = await running.Client.GetJsonAsync("/openapi/v1.json");

        Assert.StartsWith("3.", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var listed = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.All(paths.Append("/admin/faults"), path => Assert.Contains(path, listed));
    }

    [Theory]
    [InlineData("pricing", "/prices", "productIds")]
    [InlineData("catalog", "/products", "ids")]
    [InlineData("inventory", "/stock", "productIds")]
    [InlineData("reviews", "/ratings", "productIds")]
    public async Task BatchParametersAreDescribedAsRequiredCommaLists(string service, string path, string name)
    {
        await using var running = await RunningService.StartAsync(service);

        var document = await running.Client.GetJsonAsync("/openapi/v1.json");

        var parameter = document.GetProperty("paths").GetProperty(path).GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Single(p => p.GetProperty("name").GetString() == name);
        Assert.Equal("query", parameter.GetProperty("in").GetString());
        Assert.Equal("array", parameter.GetProperty("schema").GetProperty("type").GetString());
        Assert.False(parameter.GetProperty("explode").GetBoolean());
        Assert.True(parameter.GetProperty("required").GetBoolean());
        // style is omitted because "form" is the default for query parameters (OpenAPI 3.1, 4.8.12.4).
        Assert.Equal("form", parameter.TryGetProperty("style", out var style) ? style.GetString() : "form");
    }

    [Theory]
    [InlineData("catalog")]
    [InlineData("inventory")]
    [InlineData("pricing")]
    [InlineData("reviews")]
    [InlineData("recommendations")]
    [InlineData("orders")]
    public async Task NumbersAreDescribedAsNumbersNotAsNumberOrString(string service)
    {
        await using var running = await RunningService.StartAsync(service);

        var document = await running.Client.GetJsonAsync("/openapi/v1.json");

        var types = SchemaTypes(document).ToList();
        Assert.Contains(types, t => t.Contains("integer") || t.Contains("number"));
        Assert.All(types, t => Assert.False(t.Contains("string") && (t.Contains("integer") || t.Contains("number")), string.Join(",", t)));
    }

    [Fact]
    public async Task PriceAmountsAndPagingParametersHaveOneNumericType()
    {
        await using var pricing = await RunningService.StartAsync("pricing");
        await using var reviews = await RunningService.StartAsync("reviews");

        var prices = await pricing.Client.GetJsonAsync("/openapi/v1.json");
        var reviewDocument = await reviews.Client.GetJsonAsync("/openapi/v1.json");

        var price = prices.GetProperty("components").GetProperty("schemas").GetProperty("Price").GetProperty("properties");
        Assert.Equal("number", price.GetProperty("amount").GetProperty("type").GetString());
        Assert.False(price.GetProperty("amount").TryGetProperty("pattern", out _));
        Assert.Equal("integer", price.GetProperty("discountPercent").GetProperty("type").GetString());
        var pageSize = reviewDocument.GetProperty("paths").GetProperty("/products/{productId}/reviews").GetProperty("get")
            .GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "pageSize");
        Assert.Equal("integer", pageSize.GetProperty("schema").GetProperty("type").GetString());
    }

    [Fact]
    public async Task UserScopedOperationsDeclareTheBearerScheme()
    {
        await using var orders = await RunningService.StartAsync("orders");

        var document = await orders.Client.GetJsonAsync("/openapi/v1.json");

        Assert.Equal("bearer", document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer").GetProperty("scheme").GetString());
        Assert.True(document.GetProperty("paths").GetProperty("/orders").GetProperty("post").TryGetProperty("security", out _));
    }

    /// <summary>Every "type" in the document as the set of its names (a JSON Schema type is a name or a list of them).</summary>
    private static IEnumerable<HashSet<string>> SchemaTypes(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Name == "type" && property.Value.ValueKind is JsonValueKind.String or JsonValueKind.Array)
                {
                    yield return property.Value.ValueKind == JsonValueKind.String
                        ? [property.Value.GetString()!]
                        : property.Value.EnumerateArray().Select(t => t.GetString()!).ToHashSet();
                }
                else
                {
                    foreach (var nested in SchemaTypes(property.Value))
                    {
                        yield return nested;
                    }
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var nested in element.EnumerateArray().SelectMany(SchemaTypes))
            {
                yield return nested;
            }
        }
    }
}
