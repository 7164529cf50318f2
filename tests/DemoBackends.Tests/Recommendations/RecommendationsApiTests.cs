using System.Net;
using DemoBackends.Tests.Support;

namespace DemoBackends.Tests.Recommendations;

public sealed class RecommendationsApiTests
{
    [Fact]
    public async Task ProductRecommendationsAreOtherProductsOfTheSameCategory()
    {
        await using var recommendations = await RunningService.StartAsync("recommendations");
        await using var catalog = await RunningService.StartAsync("catalog");

        var result = await recommendations.Client.GetJsonAsync("/recommendations/products/100?limit=5");

        var ids = result.GetProperty("items").Strings("productId");
        Assert.Equal(5, ids.Length);
        Assert.DoesNotContain("100", ids);
        var category = (await catalog.Client.GetJsonAsync("/products/100")).GetProperty("categoryId").GetString();
        var products = await catalog.Client.GetJsonAsync($"/products?ids={string.Join(',', ids)}");
        Assert.All(products.Strings("categoryId"), c => Assert.Equal(category, c));
    }

    [Fact]
    public async Task BatchGivesTheSameAnswerAsSingleCallsAndLeavesOutUnknownIds()
    {
        await using var recommendations = await RunningService.StartAsync("recommendations");

        var batch = await recommendations.Client.GetJsonAsync("/recommendations/products?productIds=1,zzz,2&limit=3");
        var single = await recommendations.Client.GetJsonAsync("/recommendations/products/2?limit=3");

        Assert.Equal(["1", "2"], batch.Strings("productId"));
        Assert.Equal(single.ToString(), batch[1].ToString());
        await recommendations.Client.GetProblemAsync("/recommendations/products/zzz", HttpStatusCode.NotFound);
        await recommendations.Client.GetProblemAsync("/recommendations/products?productIds=1&limit=51", HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task UserRecommendationsNeedATokenAndAreForTheCaller()
    {
        await using var recommendations = await RunningService.StartAsync("recommendations");

        await recommendations.Client.GetProblemAsync("/recommendations/me", HttpStatusCode.Unauthorized);
        var mine = await recommendations.CreateClient("u-005").GetJsonAsync("/recommendations/me?limit=4");

        Assert.Equal("u-005", mine.GetProperty("userId").GetString());
        Assert.Equal(4, mine.GetProperty("items").GetArrayLength());
    }
}
