using Bff.Backends.Reviews;
using Bff.Backends.Tests.Support;

namespace Bff.Backends.Tests.Clients;

[Collection(DemoBackendsCollection.Name)]
public sealed class ReviewsClientTests(DemoBackendsProcess demo)
{
    [Fact]
    public async Task AProductsReviewsArePagedNewestFirst()
    {
        await using var host = RealClients.Create(demo);
        var reviews = host.Get<IReviewsClient>();

        var page = await reviews.GetProductReviewsAsync("1", page: 1, pageSize: 5);

        Assert.Equal((1, 5), (page!.Page, page.PageSize));
        Assert.Equal(page.Items.OrderByDescending(r => r.CreatedAt), page.Items);
        Assert.Null(await reviews.GetProductReviewsAsync("99999"));
    }

    [Fact]
    public async Task LatestReviewsAndRatingsComeInBatchesThatAgreeWithSingleLookups()
    {
        await using var host = RealClients.Create(demo);
        var reviews = host.Get<IReviewsClient>();

        var latest = await reviews.GetLatestReviewsAsync(["1", "2"], limit: 2);
        var ratings = await reviews.GetRatingsAsync(["1", "2", "99999"]);

        Assert.All(latest, l => Assert.True(l.Latest.Count <= 2));
        Assert.Equal(["1", "2"], ratings.Select(r => r.ProductId));
        Assert.Equal(ratings[0].Count, latest[0].TotalCount);
        Assert.Equal(ratings[1], await reviews.GetRatingAsync("2"));
        Assert.Null(await reviews.GetRatingAsync("99999"));
    }
}
