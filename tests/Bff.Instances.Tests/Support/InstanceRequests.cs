using System.Net;
using System.Text.Json;

namespace Bff.Instances.Tests.Support;

/// <summary>The requests the instance tests send, the same for either BFF (both have the cart and APQ; see <see cref="PersistedQueryRequests"/>).</summary>
public static class InstanceRequests
{
    private const string CartQuery = "query { cart { totalQuantity items { productId quantity } } }";
    private const string AddToCartMutation = "mutation($p: ID!) { addToCart(productId: $p, quantity: 1) { totalQuantity } }";

    /// <summary>A document no earlier run registered (the alias of a field nobody else asks for) and its APQ hash.</summary>
    public static (string Query, string Hash) UniqueQuery()
    {
        var query = $"query Unique{Guid.NewGuid():N} {{ x: __typename }}";
        return (query, PersistedQueryRequests.Hash(query));
    }

    /// <summary>The signed-in user's cart's total quantity.</summary>
    public static async Task<int> CartQuantityAsync(HttpClient http, string token) =>
        (await PostAsync(http, CartQuery, null, token)).NoErrors().Data().GetProperty("cart").GetProperty("totalQuantity").GetInt32();

    /// <summary>Adds one of product 123 to the signed-in user's cart; the new total quantity.</summary>
    public static async Task<int> AddToCartAsync(HttpClient http, string token) =>
        (await PostAsync(http, AddToCartMutation, new { p = "123" }, token)).NoErrors().Data().GetProperty("addToCart").GetProperty("totalQuantity").GetInt32();

    /// <summary>Posts one operation, with a bearer token when given.</summary>
    public static async Task<JsonElement> PostAsync(HttpClient http, string query, object? variables, string? token)
    {
        using var request = GraphQLPost.Create(query, variables, token);
        using var response = await http.SendAsync(request);
        return await GraphQLPost.ReadAsync(response);
    }

    /// <summary>The status of an anonymous <c>{ __typename }</c> from <paramref name="clientId"/>.</summary>
    public static async Task<HttpStatusCode> TypenameStatusAsync(HttpClient http, string clientId)
    {
        using var request = GraphQLPost.Create("{ __typename }");
        request.Headers.Add("X-Client-Id", clientId);
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }

    /// <summary>
    /// Sends <see cref="InstanceSettings.ClientLimit"/> requests from <paramref name="clientId"/> through the proxy,
    /// then one more through it and one straight to each instance: the statuses of the permitted ones, then of those three.
    /// </summary>
    public static async Task<(List<HttpStatusCode> Permitted, HttpStatusCode Next, HttpStatusCode OnA, HttpStatusCode OnB)> SpendClientLimitAsync(
        HttpClient proxy, HttpClient a, HttpClient b, string clientId)
    {
        var permitted = new List<HttpStatusCode>();
        for (var i = 0; i < InstanceSettings.ClientLimit; i++)
        {
            permitted.Add(await TypenameStatusAsync(proxy, clientId));
        }

        return (permitted, await TypenameStatusAsync(proxy, clientId), await TypenameStatusAsync(a, clientId), await TypenameStatusAsync(b, clientId));
    }
}
