using System.Text.Json;
using Bff.Mobile.Tests.Support;

namespace Bff.Mobile.Tests.Matrix;

/// <summary>
/// Ids that try to climb out of their route are refused at the boundary of every field that takes one, in the app's
/// own operations and in the other fields of the schema: a BAD_USER_INPUT error on that field and no backend call.
/// </summary>
[Collection(MobileCollection.Name)]
public sealed class RouteClimbingTests(DemoBackendsProcess demo, RedisFixture redis)
{
    private static readonly string[] ClimbingIds = ["../admin/faults", "..%2F..", "1/../../x", "%2e%2e", "..", "42/..", "42?x=1", "42\n", ""];

    /// <summary>An app operation, the variable that carries the id, the other variables, the field, and whether signed in.</summary>
    public static TheoryData<string, string, string, bool> Operations => new()
    {
        { "ProductDetail", "id", """{ "imageWidth": 320 }""", false },
        { "OrderTracking", "id", "{}", true },
        { "AddToCart", "productId", "{}", true },
    };

    /// <summary>A document with one field taking <c>$id</c>, the field's path, and whether it needs a signed-in user.</summary>
    public static TheoryData<string, string, bool> Fields => new()
    {
        { "query($id: ID!) { products(ids: [\"1\", $id]) { name } }", "products", false },
        { "query($id: ID!) { category(id: $id) { name } }", "category", false },
        { "query($id: ID!) { searchProducts(categoryId: $id) { totalCount } }", "searchProducts", false },
        { "query($id: String!) { searchProducts(query: \"a\", after: $id) { totalCount } }", "searchProducts", false },
        { "mutation($id: ID!) { updateCartItem(productId: $id, quantity: 2) { totalQuantity } }", "updateCartItem", true },
        { "mutation($id: ID!) { removeFromCart(productId: $id) { totalQuantity } }", "removeFromCart", true },
        { "mutation($id: ID!) { placeOrder(input: { lines: [{ productId: $id, quantity: 1 }], idempotencyKey: \"climb-0001\" }) { id } }", "placeOrder", true },
        { "mutation($id: ID!) { markNotificationRead(id: $id) }", "markNotificationRead", true },
    };

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task AClimbingIdInAnAppOperationIsABadUserInputAndNoBackendCall(string name, string variable, string others, bool signedIn)
    {
        using var host = new MobileHost(demo, redis);
        var token = signedIn ? await demo.TokenForAsync("u-086") : null;
        var field = name switch { "ProductDetail" => "product", "OrderTracking" => "order", _ => "addToCart" };

        foreach (var id in ClimbingIds)
        {
            var variables = JsonSerializer.Deserialize<Dictionary<string, object>>(others)!;
            variables[variable] = id;

            await AssertRefusedAsync(host, AppOperations.Text(name), variables, token, field, id);
        }
    }

    [Theory]
    [MemberData(nameof(Fields))]
    public async Task AClimbingIdIsABadUserInputOnItsFieldAndNoBackendCall(string document, string field, bool signedIn)
    {
        using var host = new MobileHost(demo, redis);
        var token = signedIn ? await demo.TokenForAsync("u-086") : null;

        foreach (var id in ClimbingIds)
        {
            await AssertRefusedAsync(host, document, new { id }, token, field, id);
        }
    }

    private static async Task AssertRefusedAsync(MobileHost host, string document, object variables, string? token, string field, string id)
    {
        host.Calls.Clear();

        var response = await host.PostAsync(document, variables, token);

        var error = Assert.Single(response.Errors());
        Assert.True(("BAD_USER_INPUT", field) == (error.Code(), error.PathText()), $"{JsonSerializer.Serialize(id)}: {response}");
        Assert.Equal(JsonValueKind.Null, response.Data().GetProperty(field).ValueKind);
        if (id.Length > 2)
        {
            Assert.DoesNotContain(id, error.GetProperty("message").GetString(), StringComparison.Ordinal);
        }

        Assert.True(host.Calls.Calls.Count == 0, $"{JsonSerializer.Serialize(id)} reached {string.Join(", ", host.Calls.Calls)}");
    }
}
