using System.Net;
using Bff.Backends.Http;
using Bff.Backends.Recommendations;
using Bff.Backends.Tests.Support;

namespace Bff.Backends.Tests.Clients;

[Collection(DemoBackendsCollection.Name)]
public sealed class RecommendationsClientTests(DemoBackendsProcess demo)
{
    [Fact]
    public async Task ProductRecommendationsNeedNoTokenAndHonourTheLimit()
    {
        await using var host = RealClients.Create(demo);
        var recommendations = host.Get<IRecommendationsClient>();

        var one = await recommendations.GetForProductAsync("1", limit: 3);
        var batch = await recommendations.GetForProductsAsync(["1", "2", "99999"], limit: 3);

        Assert.Equal(3, one!.Items.Count);
        Assert.Equal(["1", "2"], batch.Select(b => b.ProductId));
        Assert.Equal(one.Items, batch[0].Items);
        Assert.Null(await recommendations.GetForProductAsync("99999"));
    }

    [Fact]
    public async Task PersonalRecommendationsAre401WithoutATokenAndTheCallersWithOne()
    {
        await using var host = RealClients.Create(demo);
        var recommendations = host.Get<IRecommendationsClient>();

        var error = await Assert.ThrowsAsync<BackendException>(() => recommendations.GetForMeAsync());
        host.SignIn(await demo.TokenForAsync("u-001"));
        var mine = await recommendations.GetForMeAsync(limit: 4);

        Assert.Equal(("recommendations", HttpStatusCode.Unauthorized), (error.Backend, error.StatusCode));
        Assert.Equal("u-001", mine.UserId);
        Assert.True(mine.Items.Count <= 4);
    }
}
