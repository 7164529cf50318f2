using System.Net;
using DemoBackends.Tests.Support;

namespace DemoBackends.Tests.Pricing;

public sealed class PricingApiTests
{
    [Fact]
    public async Task BatchReturnsPriceListPriceDiscountAndCurrencyPerKnownProduct()
    {
        await using var pricing = await RunningService.StartAsync("pricing");

        var prices = await pricing.Client.GetJsonAsync("/prices?productIds=10,20,unknown,30");

        Assert.Equal(["10", "20", "30"], prices.Strings("productId"));
        foreach (var price in prices.EnumerateArray())
        {
            var amount = price.GetProperty("amount").GetDecimal();
            var listPrice = price.GetProperty("listPrice").GetDecimal();
            Assert.True(amount > 0 && amount <= listPrice);
            Assert.Equal(listPrice - amount, price.GetProperty("discount").GetDecimal());
            Assert.InRange(price.GetProperty("discountPercent").GetInt32(), 0, 40);
            Assert.Equal("EUR", price.GetProperty("currency").GetString());
        }
    }

    [Fact]
    public async Task OnePriceIsFoundByProductIdAndMatchesTheBatch()
    {
        await using var pricing = await RunningService.StartAsync("pricing");

        var one = await pricing.Client.GetJsonAsync("/prices/42");
        var batch = await pricing.Client.GetJsonAsync("/prices?productIds=42");

        Assert.Equal(batch[0].ToString(), one.ToString());
        await pricing.Client.GetProblemAsync("/prices/0", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task BatchWithoutProductIdsIsABadRequest()
    {
        await using var pricing = await RunningService.StartAsync("pricing");

        var problem = await pricing.Client.GetProblemAsync("/prices?productIds=", HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("productIds", out _));
    }
}
