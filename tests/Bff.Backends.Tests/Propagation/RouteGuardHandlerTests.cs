using System.Reflection;
using Bff.Backends.Cart;
using Bff.Backends.Catalog;
using Bff.Backends.Inventory;
using Bff.Backends.Notifications;
using Bff.Backends.Orders;
using Bff.Backends.Pricing;
using Bff.Backends.Propagation;
using Bff.Backends.Recommendations;
using Bff.Backends.Reviews;
using Bff.Backends.Tests.Support;
using Refit;

namespace Bff.Backends.Tests.Propagation;

public sealed class RouteGuardHandlerTests
{
    // Every contract method with a value in its path, called with that value; the key names it for the theory.
    private static readonly Dictionary<string, Func<ClientHost, string, Task>> PathCalls = new()
    {
        ["ICatalogClient.GetProductAsync"] = (h, v) => h.Get<ICatalogClient>().GetProductAsync(v),
        ["ICatalogClient.GetCategoryAsync"] = (h, v) => h.Get<ICatalogClient>().GetCategoryAsync(v),
        ["IInventoryClient.GetProductStockAsync"] = (h, v) => h.Get<IInventoryClient>().GetProductStockAsync(v),
        ["IInventoryClient.GetStoreAsync"] = (h, v) => h.Get<IInventoryClient>().GetStoreAsync(v),
        ["IPricingClient.GetPriceAsync"] = (h, v) => h.Get<IPricingClient>().GetPriceAsync(v),
        ["IReviewsClient.GetProductReviewsAsync"] = (h, v) => h.Get<IReviewsClient>().GetProductReviewsAsync(v),
        ["IReviewsClient.GetRatingAsync"] = (h, v) => h.Get<IReviewsClient>().GetRatingAsync(v),
        ["IOrdersClient.GetOrderAsync"] = (h, v) => h.Get<IOrdersClient>().GetOrderAsync(v),
        ["ICartClient.UpdateItemAsync"] = (h, v) => h.Get<ICartClient>().UpdateItemAsync(v, new UpdateCartItem(1)),
        ["ICartClient.RemoveItemAsync"] = (h, v) => h.Get<ICartClient>().RemoveItemAsync(v),
        ["IRecommendationsClient.GetForProductAsync"] = (h, v) => h.Get<IRecommendationsClient>().GetForProductAsync(v),
        ["INotificationsClient.MarkReadAsync"] = (h, v) => h.Get<INotificationsClient>().MarkReadAsync(v),
    };

    // What Refit would send as is (., ..), what decodes to them once or twice, traversal inside one value, and nothing.
    internal static readonly string[] RouteChangingValues = [".", "..", "%2e%2E", ".%2E", "%2E.", "%252e%252e", "../..", "a/../..", "..\\..", ""];

    public static TheoryData<string, string> EveryPathMethodWithEveryRouteChangingValue()
    {
        var data = new TheoryData<string, string>();
        foreach (var method in PathCalls.Keys)
        {
            foreach (var value in RouteChangingValues)
            {
                data.Add(method, value);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPathMethodWithEveryRouteChangingValue))]
    public async Task ARouteChangingPathValueIsAnArgumentErrorAndNothingIsSent(string method, string value)
    {
        var handler = new RecordingHandler();
        await using var host = RecordedClients.Create(handler);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => PathCalls[method](host, value));

        Assert.Contains("would address another route; the request was not sent", error.Message, StringComparison.Ordinal);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public void TheTheoryCoversEveryContractMethodWithAPathValue()
    {
        var withPathValues = typeof(ICatalogClient).Assembly.GetExportedTypes()
            .Where(t => t.IsInterface && t.Namespace!.StartsWith("Bff.Backends.", StringComparison.Ordinal))
            .SelectMany(t => t.GetMethods().Select(m => (Type: t, Method: m)))
            .Where(x => x.Method.GetCustomAttribute<HttpMethodAttribute>()?.Path.Contains('{', StringComparison.Ordinal) == true)
            .Select(x => $"{x.Type.Name}.{x.Method.Name}");

        Assert.Equal(PathCalls.Keys.Order(), withPathValues.Order());
    }

    [Theory]
    [InlineData("...")]
    [InlineData(".a")]
    [InlineData("a..b")]
    [InlineData("%2e%2e%2e")]
    public async Task ValuesWithDotsThatAreNoDotSegmentAreSentEscaped(string value)
    {
        var handler = new RecordingHandler();
        await using var host = RecordedClients.Create(handler);

        await host.Get<IPricingClient>().GetPriceAsync(value);

        Assert.Equal("/prices/" + Uri.EscapeDataString(value), Assert.Single(handler.Requests).Uri.AbsolutePath);
    }
}
