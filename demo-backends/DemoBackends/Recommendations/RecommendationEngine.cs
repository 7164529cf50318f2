using DemoBackends.Catalog;
using DemoBackends.Data;

namespace DemoBackends.Recommendations;

internal sealed record Recommendation(string ProductId, double Score, string Reason);

internal sealed record ProductRecommendations(string ProductId, IReadOnlyList<Recommendation> Items);

internal sealed record UserRecommendations(string UserId, IReadOnlyList<Recommendation> Items);

/// <summary>
/// "Similar products" are others in the same category; "for you" draws from the categories the user ordered from.
/// Scores come from a fixed integer mix, not string hashing, which .NET randomizes per process.
/// </summary>
internal sealed class RecommendationEngine(DemoData data)
{
    public ProductRecommendations? ForProduct(string productId, int limit)
    {
        if (data.Catalog.Find(productId) is not { } product)
        {
            return null;
        }

        var seed = int.Parse(product.Id, System.Globalization.CultureInfo.InvariantCulture);
        var items = Rank(data.Catalog.InCategory(product.CategoryId).Where(p => p.Id != product.Id), seed, "similar", limit);
        return new ProductRecommendations(product.Id, items);
    }

    public UserRecommendations ForUser(string userId, int limit)
    {
        var bought = data.Orders.ForUser(userId).SelectMany(o => o.Lines).Select(l => l.ProductId).ToHashSet(StringComparer.Ordinal);
        var categories = bought.Select(id => data.Catalog.Find(id)!.CategoryId)
            .GroupBy(c => c, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(3)
            .Select(g => g.Key)
            .ToList();
        var seed = userId.Aggregate(17, (h, c) => unchecked((h * 31) + c));
        var candidates = categories.SelectMany(data.Catalog.InCategory).Where(p => !bought.Contains(p.Id));
        return new UserRecommendations(userId, Rank(candidates, seed, "based-on-your-orders", limit));
    }

    private static List<Recommendation> Rank(IEnumerable<Product> candidates, int seed, string reason, int limit) =>
        candidates
            .Select(p => new Recommendation(p.Id, Score(seed, int.Parse(p.Id, System.Globalization.CultureInfo.InvariantCulture)), reason))
            .OrderByDescending(r => r.Score).ThenBy(r => r.ProductId, StringComparer.Ordinal)
            .Take(limit)
            .ToList();

    private static double Score(int a, int b)
    {
        var x = unchecked(((ulong)(uint)a << 32) | (uint)b);
        x = unchecked((x ^ (x >> 30)) * 0xbf58476d1ce4e5b9UL);
        x = unchecked((x ^ (x >> 27)) * 0x94d049bb133111ebUL);
        return Math.Round((x ^ (x >> 31)) / (double)ulong.MaxValue, 4);
    }
}
