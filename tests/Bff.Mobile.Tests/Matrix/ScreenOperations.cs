using Bff.Mobile.Tests.Support;

namespace Bff.Mobile.Tests.Matrix;

/// <summary>
/// How the matrix tests run each of the app's operations (bff-mobile/Operations/*.graphql): as which demo user, with
/// which variables, after which set-up. The operations themselves are read from disk, so a new file without a row
/// here fails <see cref="OperationCallCountTests.EveryOperationOnDiskHasARow"/>.
/// </summary>
internal static class ScreenOperations
{
    public const string HomeUser = "u-081";
    public const string CartUser = "u-082";
    public const string OrderUser = "u-083";
    public const string AddToCartUser = "u-084";
    public const string UpdateCartUser = "u-085";
    public const string RemoveFromCartUser = "u-090";
    public const string CheckoutUser = "u-095";

    /// <summary>One checkout per test run: every run of PlaceOrder is a retry of it, so every run answers the same.</summary>
    private static readonly string CheckoutKey = "matrix-" + Guid.NewGuid().ToString("N");

    /// <summary>What the cart screen's user has in the cart when it runs.</summary>
    public static readonly (string ProductId, int Quantity)[] CartItems = [("311", 1), ("312", 2)];

    /// <summary>The rows by operation name (the file name).</summary>
    public static readonly IReadOnlyDictionary<string, ScreenOperation> All = new ScreenOperation[]
    {
        new("Home", "catalog", HomeUser, _ => Task.FromResult<object>(new { imageWidth = 160, density = 2.0 })),
        new("ProductDetail", "catalog", null, _ => Task.FromResult<object>(new { id = "212", imageWidth = 320 })),
        new("Cart", "cart", CartUser, async context =>
        {
            await context.Demo.EnsureCartAsync(context.Token!, CartItems);
            return new { imageWidth = 100 };
        }),
        new("OrderTracking", "orders", OrderUser, async context =>
            new { id = (await context.Demo.LatestOrderAsync(context.Token!)).GetProperty("id").GetString() }),
        new("AddToCart", "cart", AddToCartUser, async context =>
        {
            // Every run adds to an empty cart, so every run answers the same.
            await context.Demo.EnsureCartAsync(context.Token!);
            return new { productId = "313", quantity = 2 };
        }),
        // The ids the device kept, most recent first (products no other row reads).
        new("RecentlyViewed", "catalog", null, _ => Task.FromResult<object>(new
        {
            ids = new[] { "221", "222", "223", "224", "225", "226", "227", "228", "229", "230" },
            imageWidth = 160,
            density = 2.0,
        })),
        new("Search", "catalog", null, _ => Task.FromResult<object>(new { query = "shirt", first = 10, imageWidth = 160 })),
        new("UpdateCartItem", "cart", UpdateCartUser, async context =>
        {
            await context.Demo.EnsureCartAsync(context.Token!, ("314", 1));
            return new { productId = "314", quantity = 3 };
        }),
        new("RemoveFromCart", "cart", RemoveFromCartUser, async context =>
        {
            await context.Demo.EnsureCartAsync(context.Token!, ("315", 1), ("316", 1));
            return new { productId = "315" };
        }),
        new("PlaceOrder", "orders", CheckoutUser, async context =>
        {
            // The ordered product is in the cart each time, so each run also takes it out of the cart.
            await context.Demo.EnsureCartAsync(context.Token!, ("317", 1));
            return new { lines = new[] { new { productId = "317", quantity = 1 } }, idempotencyKey = CheckoutKey };
        }),
    }.ToDictionary(o => o.Name);

    /// <summary>
    /// The query and mutation files in bff-mobile/Operations, by name: what the matrix POSTs as JSON. A subscription
    /// has no single JSON answer; its files are <see cref="SubscriptionsOnDisk"/>, run over WebSocket and SSE.
    /// </summary>
    public static IEnumerable<string> OnDisk() => AllOnDisk().Where(name => !AppOperationTypes.IsSubscription(name));

    /// <summary>The subscription files in bff-mobile/Operations, by name.</summary>
    public static IEnumerable<string> SubscriptionsOnDisk() => AllOnDisk().Where(AppOperationTypes.IsSubscription);

    private static IEnumerable<string> AllOnDisk() => Directory.EnumerateFiles(AppOperations.Directory("OperationsDirectory"), "*.graphql")
        .Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal);
}

/// <summary>
/// One operation's run: its name (its file), the backend without which the screen has nothing (its root fields read
/// it), the demo user it runs as (null: anonymous), and its set-up, which returns the variables.
/// </summary>
internal sealed record ScreenOperation(string Name, string Root, string? User, Func<ScreenOperationContext, Task<object>> Prepare)
{
    /// <summary>The operation's text as committed.</summary>
    public string Text => AppOperations.Text(Name);

    /// <summary>Whether the operation is a mutation (never cached, POST only).</summary>
    public bool IsMutation => Text.Split('\n').Any(l => l.StartsWith("mutation", StringComparison.Ordinal));

    /// <summary>The token for the operation's user (null when anonymous), and the variables after the set-up ran.</summary>
    public async Task<(string? Token, object Variables)> PrepareAsync(DemoBackendsProcess demo)
    {
        var token = User is null ? null : await demo.TokenForAsync(User);
        return (token, await Prepare(new ScreenOperationContext(demo, token)));
    }
}

/// <summary>What an operation's set-up can use.</summary>
internal sealed record ScreenOperationContext(DemoBackendsProcess Demo, string? Token);
