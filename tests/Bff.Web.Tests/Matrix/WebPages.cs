using Bff.Web.Tests.Pages;

namespace Bff.Web.Tests.Matrix;

/// <summary>
/// The SPA's page queries, as the matrix tests run them: the product page, search, categories, a category, the cart
/// and the account pages. Signed-in pages run as their own demo user, whose data no other test changes.
/// </summary>
internal static class WebPages
{
    /// <summary>The user of the cart page: its cart is set on the cart service before each run.</summary>
    public const string CartUser = "u-091";

    /// <summary>The user of the account pages (read only: nothing in the matrix changes their data).</summary>
    public const string AccountUser = "u-092";

    /// <summary>What the cart page's user has in the cart when a page runs.</summary>
    public static readonly (string ProductId, int Quantity)[] CartItems = [("301", 1), ("302", 2), ("303", 3)];

    /// <summary>The pages by name.</summary>
    public static readonly IReadOnlyDictionary<string, WebPage> All = new WebPage[]
    {
        // The product page as the page tests run it.
        new("product", "catalog", null, ProductPageTests.Query, _ => Task.FromResult<object?>(new { id = "211" })),
        new("search", "catalog", null, """
            query($after: String) {
              search(query: "a", first: 8, after: $after) {
                totalCount
                edges { cursor node { id name brand price { amount } stock { inStock } rating { average } } }
                pageInfo { hasNextPage hasPreviousPage endCursor }
                facets { brands { value count } categories { value count } }
              }
            }
            """, _ => Task.FromResult<object?>(new { after = (string?)null })),
        new("categories", "catalog", null, "{ categories { id name slug productCount } }", _ => Task.FromResult<object?>(null)),
        new("category", "catalog", null, """
            query($id: ID!) {
              category(id: $id) { id name productCount }
              search(categoryId: $id, first: 6) { totalCount edges { node { id name price { amount } } } }
            }
            """, _ => Task.FromResult<object?>(new { id = "c-03" })),
        new("cart", "cart", CartUser, """
            {
              cart {
                totalQuantity updatedAt
                items { productId quantity product { id name price { amount currency } stock { inStock } } }
              }
            }
            """, async context =>
            {
                await context.Demo.EnsureCartAsync(context.Token!, CartItems);
                return null;
            }),
        new("me", "users", AccountUser, "{ me { id displayName email loyaltyTier addresses { id city isDefault } } }", _ => Task.FromResult<object?>(null)),
        new("orders", "orders", AccountUser, "{ orders(page: 1, pageSize: 5) { totalCount totalPages items { id status total itemCount } } }", _ => Task.FromResult<object?>(null)),
        new("order", "orders", AccountUser, """
            query($id: ID!) {
              order(id: $id) { id status total lines { productId quantity lineTotal product { id name price { amount } } } }
            }
            """, async context => new { id = (await context.Demo.LatestOrderAsync(context.Token!)).GetProperty("id").GetString() }),
        new("notifications", "notifications", AccountUser, "{ notifications(first: 5) { id kind title read } unreadNotificationCount }", _ => Task.FromResult<object?>(null)),
        new("for-you", "recommendations", AccountUser, "{ recommendedForMe(first: 4) { score reason product { id name price { amount } } } }", _ => Task.FromResult<object?>(null)),
    }.ToDictionary(p => p.Name);
}

/// <summary>
/// One page query: its name; the backend without which there is no page (its root fields read it); the demo user it
/// runs as (null: anonymous); its document; and how to get its variables.
/// </summary>
internal sealed record WebPage(string Name, string Root, string? User, string Query, Func<WebPageContext, Task<object?>> Prepare)
{
    /// <summary>The token for the page's user (null when anonymous), and the variables after the page's set-up ran.</summary>
    public async Task<(string? Token, object? Variables)> PrepareAsync(DemoBackendsProcess demo)
    {
        var token = User is null ? null : await demo.TokenForAsync(User);
        return (token, await Prepare(new WebPageContext(demo, token)));
    }
}

/// <summary>What a page's set-up can use.</summary>
internal sealed record WebPageContext(DemoBackendsProcess Demo, string? Token);
