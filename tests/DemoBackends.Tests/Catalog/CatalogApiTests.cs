using System.Net;
using DemoBackends.Tests.Support;

namespace DemoBackends.Tests.Catalog;

public sealed class CatalogApiTests
{
    [Fact]
    public async Task BatchReturnsRequestedProductsInOrderAndLeavesOutUnknownIds()
    {
        await using var catalog = await RunningService.StartAsync("catalog");

        var products = await catalog.Client.GetJsonAsync("/products?ids=3,1,nope,99999,2");

        Assert.Equal(["3", "1", "2"], products.Strings("id"));
        var first = products[0];
        foreach (var field in new[] { "name", "description", "brand", "categoryId" })
        {
            Assert.False(string.IsNullOrEmpty(first.GetProperty(field).GetString()), field);
        }

        var variants = first.GetProperty("images")[0].GetProperty("variants");
        Assert.Equal(["thumb", "medium", "large"], variants.Strings("size"));
        Assert.NotEmpty(first.GetProperty("attributes").EnumerateArray());
    }

    [Fact]
    public async Task BatchAcceptsRepeatedIdsAsWellAsACommaList()
    {
        await using var catalog = await RunningService.StartAsync("catalog");

        var products = await catalog.Client.GetJsonAsync("/products?ids=5&ids=6,7&ids=5");

        Assert.Equal(["5", "6", "7"], products.Strings("id"));
    }

    [Fact]
    public async Task BatchWithoutIdsOrWithTooManyIsABadRequest()
    {
        await using var catalog = await RunningService.StartAsync("catalog");

        await catalog.Client.GetProblemAsync("/products", HttpStatusCode.BadRequest);
        var ids = string.Join(',', Enumerable.Range(1, 101));
        var problem = await catalog.Client.GetProblemAsync($"/products?ids={ids}", HttpStatusCode.BadRequest);
        Assert.Contains("At most 100", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SingleProductIsFoundByIdAndUnknownIdIsNotFound()
    {
        await using var catalog = await RunningService.StartAsync("catalog");

        var product = await catalog.Client.GetJsonAsync("/products/5000");
        Assert.Equal("5000", product.GetProperty("id").GetString());
        await catalog.Client.GetProblemAsync("/products/5001", HttpStatusCode.NotFound);
        await catalog.Client.GetProblemAsync("/products/007", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task SearchMatchesTextPagesAndCountsFacets()
    {
        await using var catalog = await RunningService.StartAsync("catalog");

        var page1 = await catalog.Client.GetJsonAsync("/products/search?q=steel&pageSize=5");
        var page2 = await catalog.Client.GetJsonAsync("/products/search?q=steel&pageSize=5&page=2");

        var total = page1.GetProperty("totalCount").GetInt32();
        Assert.True(total > 10, $"expected many steel products, got {total}");
        Assert.Equal(5, page1.GetProperty("items").GetArrayLength());
        Assert.Empty(page1.GetProperty("items").Strings("id").Intersect(page2.GetProperty("items").Strings("id")));
        Assert.All(page1.GetProperty("items").EnumerateArray(),
            p => Assert.Contains("steel", (p.GetProperty("name").GetString() + p.GetProperty("description").GetString() + p.GetProperty("brand").GetString()).ToLowerInvariant(), StringComparison.Ordinal));
        var categoryFacets = page1.GetProperty("facets").GetProperty("categories");
        Assert.Equal(total, categoryFacets.EnumerateArray().Sum(f => f.GetProperty("count").GetInt32()));
    }

    [Fact]
    public async Task SearchFilteredByCategoryOnlyReturnsThatCategory()
    {
        await using var catalog = await RunningService.StartAsync("catalog");

        var result = await catalog.Client.GetJsonAsync("/products/search?category=c-03&pageSize=100");

        Assert.Equal(["c-03"], result.GetProperty("items").Strings("categoryId").Distinct());
        var category = await catalog.Client.GetJsonAsync("/categories/c-03");
        Assert.Equal(category.GetProperty("productCount").GetInt32(), result.GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [InlineData("/products/search?page=0")]
    [InlineData("/products/search?pageSize=101")]
    [InlineData("/products/search?page=abc")]
    public async Task SearchWithBadPagingIsABadRequest(string url)
    {
        await using var catalog = await RunningService.StartAsync("catalog");

        await catalog.Client.GetProblemAsync(url, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task CategoriesListAllOrABatchAndOneByIdWithProductCountsAddingUp()
    {
        await using var catalog = await RunningService.StartAsync("catalog");

        var all = await catalog.Client.GetJsonAsync("/categories");
        var batch = await catalog.Client.GetJsonAsync("/categories?ids=c-02,c-01,c-99");

        Assert.Equal(5000, all.EnumerateArray().Sum(c => c.GetProperty("productCount").GetInt32()));
        Assert.Equal(["c-02", "c-01"], batch.Strings("id"));
        await catalog.Client.GetProblemAsync("/categories/c-99", HttpStatusCode.NotFound);
    }
}
