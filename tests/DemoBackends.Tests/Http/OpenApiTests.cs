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

    [Fact]
    public async Task UserScopedOperationsDeclareTheBearerScheme()
    {
        await using var orders = await RunningService.StartAsync("orders");

        var document = await orders.Client.GetJsonAsync("/openapi/v1.json");

        Assert.Equal("bearer", document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer").GetProperty("scheme").GetString());
        Assert.True(document.GetProperty("paths").GetProperty("/orders").GetProperty("post").TryGetProperty("security", out _));
    }
}
