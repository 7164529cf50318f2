using System.Text.Json;
using Bff.Web.Tests.Support;

namespace Bff.Web.Tests.Matrix;

/// <summary>
/// Ids that try to climb out of their route (<c>/products/{id}</c> → <c>/admin/faults</c>) are refused at the boundary
/// of every field that takes an id: a BAD_USER_INPUT error on that field, the value not echoed, and no backend call.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class RouteClimbingTests(DemoBackendsProcess demo, RedisFixture redis)
{
    private static readonly string[] ClimbingIds = ["../admin/faults", "..%2F..", "1/../../x", "%2e%2e", "..", "42/..", "42?x=1", "42\n", ""];

    /// <summary>A document with one field taking <c>$id</c>, the field's path, and whether it needs a signed-in user.</summary>
    public static TheoryData<string, string, bool> Fields => new()
    {
        { "query($id: ID!) { productPage(id: $id) { product { name } } }", "productPage", false },
        { "query($id: ID!) { product(id: $id) { name } }", "product", false },
        { "query($id: ID!) { products(ids: [\"1\", $id]) { name } }", "products", false },
        { "query($id: ID!) { category(id: $id) { name } }", "category", false },
        { "query($id: ID!) { search(categoryId: $id) { totalCount } }", "search", false },
        { "query($id: String!) { search(query: \"a\", after: $id) { totalCount } }", "search", false },
        { "query($id: ID!) { store(id: $id) { name } }", "store", false },
        { "query($id: ID!) { order(id: $id) { id } }", "order", true },
        { "mutation($id: ID!) { addToCart(productId: $id) { totalQuantity } }", "addToCart", true },
        { "mutation($id: ID!) { updateCartItem(productId: $id, quantity: 2) { totalQuantity } }", "updateCartItem", true },
        { "mutation($id: ID!) { removeFromCart(productId: $id) { totalQuantity } }", "removeFromCart", true },
        { "mutation($id: ID!) { placeOrder(input: { lines: [{ productId: $id, quantity: 1 }], idempotencyKey: \"climb-0001\" }) { id } }", "placeOrder", true },
        { "mutation($id: ID!) { placeOrder(input: { lines: [{ productId: \"42\", quantity: 1 }], shippingAddressId: $id, idempotencyKey: \"climb-0002\" }) { id } }", "placeOrder", true },
        { "mutation($id: String!) { placeOrder(input: { lines: [{ productId: \"42\", quantity: 1 }], idempotencyKey: $id }) { id } }", "placeOrder", true },
        { "mutation($id: ID!) { markNotificationRead(id: $id) }", "markNotificationRead", true },
    };

    [Theory]
    [MemberData(nameof(Fields))]
    public async Task AClimbingIdIsABadUserInputOnItsFieldAndNoBackendCall(string document, string field, bool signedIn)
    {
        using var bff = new WebBff(demo, redis);
        var token = signedIn ? await demo.TokenForAsync("u-096") : null;

        foreach (var id in ClimbingIds)
        {
            bff.Calls.Clear();

            var response = await bff.QueryAsync(document, new { id }, token);

            var error = Assert.Single(response.Errors());
            Assert.True(("BAD_USER_INPUT", field) == (error.Code(), error.PathText()), $"{JsonSerializer.Serialize(id)}: {response}");
            Assert.Equal(JsonValueKind.Null, response.Data().GetProperty(field).ValueKind);
            if (id.Length > 2)
            {
                Assert.DoesNotContain(id, error.GetProperty("message").GetString(), StringComparison.Ordinal);
            }

            Assert.True(bff.Calls.Calls.Count == 0, $"{JsonSerializer.Serialize(id)} reached {string.Join(", ", bff.Calls.Calls)}");
        }
    }
}
