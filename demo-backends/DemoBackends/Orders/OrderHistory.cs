using Bogus;
using DemoBackends.Data;
using DemoBackends.Pricing;
using DemoBackends.Users;

namespace DemoBackends.Orders;

/// <summary>The generated past orders of every demo user, newest first.</summary>
internal sealed class OrderHistory(IReadOnlyDictionary<string, IReadOnlyList<Order>> byUser)
{
    private readonly Dictionary<string, Order> byId = byUser.Values.SelectMany(o => o).ToDictionary(o => o.Id, StringComparer.Ordinal);

    public int Count { get; } = byUser.Values.Sum(o => o.Count);

    public Order? Find(string orderId) => byId.GetValueOrDefault(orderId);

    public IReadOnlyList<Order> ForUser(string userId) => byUser.GetValueOrDefault(userId) ?? [];
}

internal static class OrderGenerator
{
    public static OrderHistory Generate(Faker f, UserDirectory users, PriceBook prices)
    {
        var byUser = new Dictionary<string, IReadOnlyList<Order>>(StringComparer.Ordinal);
        var next = 1;
        foreach (var user in users.All)
        {
            var address = users.AddressesOf(user.Id)[0].Id;
            var orders = Enumerable.Range(0, f.Random.Int(1, 8))
                .Select(_ => DemoData.DateBefore(f, 700))
                .OrderBy(d => d)
                .Select(placedAt => Create($"o-{next++:00000}", user.Id, StatusAt(placedAt), placedAt, address, Lines(f, prices)))
                .Reverse()
                .ToList();
            byUser[user.Id] = orders;
        }

        return new OrderHistory(byUser);
    }

    public static Order Create(string id, string userId, string status, DateTimeOffset placedAt, string addressId, IReadOnlyList<OrderLine> lines) =>
        new(id, userId, status, placedAt, addressId, lines, lines.Sum(l => l.Quantity), lines.Sum(l => l.LineTotal), DemoData.Currency);

    public static OrderLine Line(Price price, int quantity) => new(price.ProductId, quantity, price.Amount, price.Amount * quantity);

    private static List<OrderLine> Lines(Faker f, PriceBook prices) =>
        Enumerable.Range(0, f.Random.Int(1, 4))
            .Select(_ => Line(prices.Find(DemoData.ProductId(f.Random.Int(0, DemoData.ProductCount - 1)))!, f.Random.Int(1, 3)))
            .ToList();

    private static string StatusAt(DateTimeOffset placedAt) => (DemoData.Epoch - placedAt).TotalDays switch
    {
        < 2 => "processing",
        < 7 => "shipped",
        _ => "delivered",
    };
}
