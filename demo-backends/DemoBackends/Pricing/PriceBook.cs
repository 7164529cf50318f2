using Bogus;
using DemoBackends.Data;

namespace DemoBackends.Pricing;

/// <summary>Price, list price and discount of one product; amounts are in <c>Currency</c>, rounded to cents.</summary>
internal sealed record Price(string ProductId, decimal Amount, decimal ListPrice, int DiscountPercent, decimal Discount, string Currency);

internal sealed class PriceBook(IReadOnlyList<Price> prices)
{
    // A copy (an id past the seeded 5000) carries its own id.
    public Price? Find(string productId) => DemoData.TryProductIndex(productId, out var index)
        ? prices[index] is var price && price.ProductId == productId ? price : price with { ProductId = productId }
        : null;
}

internal static class PriceGenerator
{
    private static readonly int[] Discounts = [0, 0, 0, 0, 0, 0, 5, 10, 15, 20, 25, 30, 40];

    public static PriceBook Generate(Faker f)
    {
        var prices = new Price[DemoData.ProductCount];
        for (var i = 0; i < prices.Length; i++)
        {
            // Shop-like list prices: whole euros minus a cent.
            var listPrice = f.Random.Int(3, 1_500) - 0.01m;
            var percent = f.PickRandom(Discounts);
            var amount = Math.Round(listPrice * (100 - percent) / 100m, 2, MidpointRounding.AwayFromZero);
            prices[i] = new Price(DemoData.ProductId(i), amount, listPrice, percent, listPrice - amount, DemoData.Currency);
        }

        return new PriceBook(prices);
    }
}
