using Bff.Backends.Pricing;
using Bff.Backends.Tests.Support;

namespace Bff.Backends.Tests.Clients;

[Collection(DemoBackendsCollection.Name)]
public sealed class PricingClientTests(DemoBackendsProcess demo)
{
    [Fact]
    public async Task BatchPricesKeepTheRequestedOrderAndMatchSingleLookups()
    {
        await using var host = RealClients.Create(demo);
        var pricing = host.Get<IPricingClient>();

        var prices = await pricing.GetPricesAsync(["10", "5", "10", "abc"]);

        Assert.Equal(["10", "5"], prices.Select(p => p.ProductId));
        Assert.Equal(prices[1], await pricing.GetPriceAsync("5"));
        Assert.All(prices, p => Assert.Equal(p.ListPrice - p.Amount, p.Discount));
        Assert.Null(await pricing.GetPriceAsync("abc"));
    }
}
