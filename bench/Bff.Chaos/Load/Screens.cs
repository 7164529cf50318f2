using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Bff.Chaos.Load;

/// <summary>
/// The screens of each BFF's load: the mobile app's persisted operations by id over GET (the only thing the BFF runs
/// in Production), the web SPA's documents by POST; a fifth of each is a signed-in cart read.
/// </summary>
public static class Screens
{
    private const int ProductCount = 5_000;
    private const int CategoryCount = 18;
    private const int SignedInUsers = 20;

    private const string WebProductPage = """
        query($id: ID!) {
          productPage(id: $id) {
            product { id name brand category { name } }
            price { amount listPrice currency }
            stock { totalQuantity inStock }
            rating { average count }
            reviews(first: 3) { totalCount items { authorName rating title } }
            recommendations(first: 4) { score product { id name price { amount } stock { inStock } } }
          }
        }
        """;

    private const string WebSearch = """
        query($c: ID) {
          search(categoryId: $c, first: 10) { totalCount edges { node { id name price { amount } stock { inStock } rating { average } } } }
        }
        """;

    private const string WebCart = "{ cart { totalQuantity items { productId quantity product { id name price { amount } stock { inStock } } } } }";

    /// <summary>bff-mobile's screens; <paramref name="operations"/> is its Operations/ directory, <paramref name="token"/> mints a user's bearer token.</summary>
    public static IReadOnlyList<Screen> Mobile(string operations, Func<string, string> token)
    {
        var detail = OperationId(operations, "ProductDetail");
        var search = OperationId(operations, "Search");
        var cart = OperationId(operations, "Cart");
        return
        [
            new("mobile ProductDetail", 5, r => Get(detail, new { id = ProductId(r), imageWidth = 300, density = 2, summaryLength = 80 })),
            new("mobile Search", 3, r => Get(search, new { categoryId = CategoryId(r), first = 10, imageWidth = 160 })),
            new("mobile Cart", 2, r => SignedIn(Get(cart, new { imageWidth = 120 }), token(UserId(r)))),
        ];
    }

    /// <summary>bff-web's screens.</summary>
    public static IReadOnlyList<Screen> Web(Func<string, string> token) =>
    [
        new("web productPage", 5, r => Post(WebProductPage, new { id = ProductId(r) })),
        new("web search", 3, r => Post(WebSearch, new { c = CategoryId(r) })),
        new("web cart", 2, r => SignedIn(Post(WebCart, new { }), token(UserId(r)))),
    ];

    /// <summary>The users whose carts the load reads (<c>u-001</c>…).</summary>
    public static IEnumerable<string> Users => Enumerable.Range(1, SignedInUsers).Select(i => $"u-{i:000}");

    // Any of the 5,000 products: most are not cached yet, so the backends behind them are called all along.
    private static string ProductId(Random r) => r.Next(1, ProductCount + 1).ToString(CultureInfo.InvariantCulture);

    private static string CategoryId(Random r) => $"c-{r.Next(1, CategoryCount + 1):00}";

    private static string UserId(Random r) => $"u-{r.Next(1, SignedInUsers + 1):000}";

    // The id the mobile BFF knows an operation by: the SHA-256 of its file, as the app's build computes it.
    private static string OperationId(string operations, string name) =>
        Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(operations, name + ".graphql"))));

    private static HttpRequestMessage Get(string operationId, object variables) =>
        new(HttpMethod.Get, $"/graphql?id={operationId}&variables={Uri.EscapeDataString(JsonSerializer.Serialize(variables))}");

    private static HttpRequestMessage Post(string query, object variables) => new(HttpMethod.Post, "/graphql")
    {
        Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
    };

    private static HttpRequestMessage SignedIn(HttpRequestMessage request, string token)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }
}
