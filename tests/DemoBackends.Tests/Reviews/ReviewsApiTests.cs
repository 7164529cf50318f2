using System.Net;
using DemoBackends.Tests.Support;

namespace DemoBackends.Tests.Reviews;

public sealed class ReviewsApiTests
{
    [Fact]
    public async Task ProductReviewsArePagedNewestFirst()
    {
        await using var reviews = await RunningService.StartAsync("reviews");

        var page = await reviews.Client.GetJsonAsync("/products/1/reviews?pageSize=3");

        var items = page.GetProperty("items");
        Assert.Equal(3, items.GetArrayLength());
        Assert.All(items.EnumerateArray(), r => Assert.Equal("1", r.GetProperty("productId").GetString()));
        var dates = items.EnumerateArray().Select(r => r.GetProperty("createdAt").GetDateTimeOffset()).ToList();
        Assert.Equal(dates.OrderByDescending(d => d), dates);
        Assert.True(page.GetProperty("totalCount").GetInt32() >= 2);
        Assert.InRange(items[0].GetProperty("rating").GetInt32(), 1, 5);
    }

    [Fact]
    public async Task ReviewsOfAnUnknownProductAreNotFoundAndBadPagingIsRejected()
    {
        await using var reviews = await RunningService.StartAsync("reviews");

        await reviews.Client.GetProblemAsync("/products/abc/reviews", HttpStatusCode.NotFound);
        await reviews.Client.GetProblemAsync("/products/1/reviews?pageSize=51", HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task RatingsBatchSummarizesEveryReviewOfEachProduct()
    {
        await using var reviews = await RunningService.StartAsync("reviews");

        var ratings = await reviews.Client.GetJsonAsync("/ratings?productIds=1,2,nope");
        var all = await reviews.Client.GetJsonAsync("/products/1/reviews?pageSize=50");

        Assert.Equal(["1", "2"], ratings.Strings("productId"));
        var first = ratings[0];
        Assert.Equal(all.GetProperty("totalCount").GetInt32(), first.GetProperty("count").GetInt32());
        var expected = Math.Round(all.GetProperty("items").EnumerateArray().Average(r => r.GetProperty("rating").GetInt32()), 2);
        Assert.Equal(expected, first.GetProperty("average").GetDouble());
        var distribution = first.GetProperty("distribution");
        Assert.Equal(first.GetProperty("count").GetInt32(),
            new[] { "one", "two", "three", "four", "five" }.Sum(k => distribution.GetProperty(k).GetInt32()));
    }

    [Fact]
    public async Task OneRatingIsServedByProductId()
    {
        await using var reviews = await RunningService.StartAsync("reviews");

        var rating = await reviews.Client.GetJsonAsync("/ratings/4999");

        Assert.Equal("4999", rating.GetProperty("productId").GetString());
        await reviews.Client.GetProblemAsync("/ratings/5001", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task LatestReviewsBatchHonoursTheLimitPerProduct()
    {
        await using var reviews = await RunningService.StartAsync("reviews");

        var batch = await reviews.Client.GetJsonAsync("/reviews?productIds=3,4&limit=2");

        Assert.Equal(["3", "4"], batch.Strings("productId"));
        Assert.All(batch.EnumerateArray(), p => Assert.Equal(2, p.GetProperty("latest").GetArrayLength()));
        await reviews.Client.GetProblemAsync("/reviews?productIds=3&limit=21", HttpStatusCode.BadRequest);
    }
}
