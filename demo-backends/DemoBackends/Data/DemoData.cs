using Bogus;
using DemoBackends.Catalog;
using DemoBackends.Inventory;
using DemoBackends.Notifications;
using DemoBackends.Orders;
using DemoBackends.Pricing;
using DemoBackends.Reviews;
using DemoBackends.Users;

namespace DemoBackends.Data;

/// <summary>
/// All generated data, each set built on first use from its own fixed seed, so a process hosting
/// only pricing never pays for reviews, and every start yields the same ids and values.
/// Dates are drawn before <see cref="Epoch"/>, never relative to the clock, for the same reason.
/// </summary>
internal sealed class DemoData
{
    public const int Seed = 20_250_601;

    /// <summary>How many products the seed makes: ids "1".."5000".</summary>
    public const int ProductCount = 5_000;

    /// <summary>The most <see cref="ProductIds"/> may be set to.</summary>
    public const int MaxProductIds = 10_000_000;

    public const int UserCount = 100;
    public const string Currency = "EUR";
    public static readonly DateTimeOffset Epoch = new(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly Lazy<CatalogData> catalog;
    private readonly Lazy<PriceBook> prices;
    private readonly Lazy<StockData> stock;
    private readonly Lazy<UserDirectory> users;
    private readonly Lazy<ReviewData> reviews;
    private readonly Lazy<OrderHistory> orders;
    private readonly Lazy<NotificationData> notifications;

    private DemoData()
    {
        catalog = new(() => CatalogGenerator.Generate(NewFaker(1)));
        prices = new(() => PriceGenerator.Generate(NewFaker(2)));
        stock = new(() => StockGenerator.Generate(NewFaker(3)));
        users = new(() => UserGenerator.Generate(NewFaker(4)));
        reviews = new(() => ReviewGenerator.Generate(NewFaker(5), Users));
        orders = new(() => OrderGenerator.Generate(NewFaker(6), Users, Prices));
        notifications = new(() => NotificationGenerator.Generate(NewFaker(7)));
    }

    public static DemoData Shared { get; } = new();

    public CatalogData Catalog => catalog.Value;

    public PriceBook Prices => prices.Value;

    public StockData Stock => stock.Value;

    public UserDirectory Users => users.Value;

    public ReviewData Reviews => reviews.Value;

    public OrderHistory Orders => orders.Value;

    public NotificationData Notifications => notifications.Value;

    /// <summary>
    /// Known product ids are "1".."ProductIds" (<c>DemoBackends:ProductIds</c>, default 5000). Past 5000 each id is a copy
    /// of a seeded product under its own id (n is product ((n - 1) mod 5000) + 1): a load test can then ask for more
    /// distinct products than the seed makes, without the memory and start-up time of generating them. Copies are
    /// reachable by id only: listings, searches and categories hold the seeded 5000. Set once, at start-up.
    /// </summary>
    public static int ProductIds { get; private set; } = ProductCount;

    /// <summary>Sets <see cref="ProductIds"/> (from <c>DemoBackends:ProductIds</c>); fails fast outside 5000..10,000,000.</summary>
    public static void UseProductIds(int count)
    {
        if (count is < ProductCount or > MaxProductIds)
        {
            throw new InvalidOperationException(
                $"DemoBackends:ProductIds must be from {ProductCount} to {MaxProductIds} (got {count}).");
        }

        ProductIds = count;
    }

    /// <summary>
    /// A product id's index in the seeded data ("1".."5000": id - 1; a copy: its seeded product's); false for anything
    /// else (beyond <see cref="ProductIds"/>, leading zeros, signs, other text).
    /// </summary>
    public static bool TryProductIndex(string id, out int index)
    {
        index = int.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            && n >= 1 && n <= ProductIds && id[0] != '0' ? (n - 1) % ProductCount : -1;
        return index >= 0;
    }

    public static string ProductId(int index) => (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string UserId(int index) => $"u-{index + 1:000}";

    public static DateTimeOffset DateBefore(Faker faker, int maxDaysBack) =>
        Epoch.AddMinutes(-faker.Random.Int(1, maxDaysBack * 24 * 60));

    // Each set has its own stream of randomness: adding a field to one set never shifts another.
    internal static Faker NewFaker(int stream) => new("en") { Random = new Randomizer(Seed + stream) };
}
