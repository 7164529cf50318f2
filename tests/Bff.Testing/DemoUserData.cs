using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Bff.Testing;

/// <summary>
/// A user's data set up or read on the demo backends directly, around the BFF: a known cart before a test, the id of an
/// order the user has, the user's order count as the orders service sees it.
/// </summary>
public static class DemoUserData
{
    private static readonly HttpClient Http = new();

    /// <summary>
    /// Makes the user's cart on the cart service hold exactly <paramref name="items"/> (product id, quantity), in that
    /// order; a cart that already does is left alone, so its <c>updatedAt</c> stays as it was between runs.
    /// </summary>
    public static async Task EnsureCartAsync(this DemoBackendsProcess demo, string token, params (string ProductId, int Quantity)[] items)
    {
        ArgumentNullException.ThrowIfNull(demo);
        ArgumentNullException.ThrowIfNull(items);
        using (var read = Request(HttpMethod.Get, new Uri(demo.UrlOf("Cart"), "/cart"), token))
        {
            using var current = await Http.SendAsync(read);
            current.EnsureSuccessStatusCode();
            var have = (await current.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray()
                .Select(i => (i.GetProperty("productId").GetString()!, i.GetProperty("quantity").GetInt32()));
            if (have.SequenceEqual(items))
            {
                return;
            }
        }

        using (var clear = Request(HttpMethod.Delete, new Uri(demo.UrlOf("Cart"), "/cart"), token))
        {
            using var cleared = await Http.SendAsync(clear);
            cleared.EnsureSuccessStatusCode();
        }

        foreach (var (productId, quantity) in items)
        {
            using var add = Request(HttpMethod.Post, new Uri(demo.UrlOf("Cart"), "/cart/items"), token);
            add.Content = JsonContent.Create(new { productId, quantity });
            using var added = await Http.SendAsync(add);
            added.EnsureSuccessStatusCode();
        }
    }

    /// <summary>The user's latest order as the orders service returns it (<c>GET /orders</c>, first item).</summary>
    public static async Task<JsonElement> LatestOrderAsync(this DemoBackendsProcess demo, string token) =>
        (await OrdersAsync(demo, token, 1)).GetProperty("items")[0];

    /// <summary>How many orders the orders service has for the user.</summary>
    public static async Task<int> OrderCountAsync(this DemoBackendsProcess demo, string token) =>
        (await OrdersAsync(demo, token, 1)).GetProperty("totalCount").GetInt32();

    private static async Task<JsonElement> OrdersAsync(DemoBackendsProcess demo, string token, int pageSize)
    {
        ArgumentNullException.ThrowIfNull(demo);
        using var request = Request(HttpMethod.Get, new Uri(demo.UrlOf("Orders"), $"/orders?page=1&pageSize={pageSize}"), token);
        using var response = await Http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).Clone();
    }

    private static HttpRequestMessage Request(HttpMethod method, Uri uri, string token)
    {
        var request = new HttpRequestMessage(method, uri);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }
}
