using System.Net;
using Bff.Backends.Orders;
using Bff.Backends.Cart;
using Bff.Backends.Tests.Support;

namespace Bff.Backends.Tests.Http;

public sealed class RequestBuildingTests
{
    private readonly RecordingHandler handler = new();

    [Fact]
    public async Task BatchIdsAreSentAsOneCommaList()
    {
        handler.Answer(HttpStatusCode.OK, "[]");

        await handler.Pricing().GetPricesAsync(["1", "2", "3"]);

        // Refit escapes the joined list, commas too; the backend decodes the query before it splits, as with literal commas.
        Assert.Equal("/prices?productIds=1%2C2%2C3", handler.Last.PathAndQuery);
        Assert.Equal(HttpMethod.Get, handler.Last.Method);
    }

    [Fact]
    public async Task ValuesInACommaListAreEscapedSoNoneCanStartAnotherParameter()
    {
        handler.Answer(HttpStatusCode.OK, "[]");

        await handler.Pricing().GetPricesAsync(["a b", "x&y=1", "é"]);

        Assert.Equal("/prices?productIds=a%20b%2Cx%26y%3D1%2C%C3%A9", handler.Last.PathAndQuery);
    }

    [Fact]
    public async Task PathValuesAreEscapedSoTheyCannotChangeTheRoute()
    {
        handler.Answer(HttpStatusCode.OK, "null");

        await handler.Catalog().GetProductAsync("a b?x=1#é");

        Assert.Equal("http://backend.test/products/a%20b%3Fx%3D1%23%C3%A9", handler.Last.Uri.AbsoluteUri);
    }

    [Fact]
    public async Task NullQueryValuesAreLeftOutAndOthersAreEscaped()
    {
        handler.Answer(HttpStatusCode.OK, SearchJson).Answer(HttpStatusCode.OK, SearchJson);
        var client = handler.Catalog();

        await client.SearchProductsAsync();
        await client.SearchProductsAsync(q: "red shoe&more", brand: "Ünö", page: 2, pageSize: 10);

        Assert.Equal("/products/search", handler.Requests[0].PathAndQuery);
        Assert.Equal("/products/search?q=red%20shoe%26more&brand=%C3%9Cn%C3%B6&page=2&pageSize=10", handler.Requests[1].PathAndQuery);
    }

    [Fact]
    public async Task BooleansAreLowerCaseAndAnOmittedListSendsNoParameter()
    {
        handler.Answer(HttpStatusCode.OK, "[]").Answer(HttpStatusCode.OK, "[]");

        await handler.Notifications().GetNotificationsAsync(limit: 5, unreadOnly: true);
        await handler.Catalog().GetCategoriesAsync();

        Assert.Equal("/notifications?limit=5&unreadOnly=true", handler.Requests[0].PathAndQuery);
        Assert.Equal("/categories", handler.Requests[1].PathAndQuery);
    }

    [Fact]
    public async Task AHundredIdsAreSentWhole()
    {
        handler.Answer(HttpStatusCode.OK, "[]");
        var ids = Enumerable.Range(1000, 100).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();

        await handler.Pricing().GetPricesAsync(ids);

        Assert.Equal("/prices?productIds=" + string.Join("%2C", ids), handler.Last.PathAndQuery);
    }

    [Fact]
    public async Task ABaseUrlWithAPathKeepsItsPath()
    {
        handler.Answer(HttpStatusCode.OK, "null");

        await handler.Pricing("http://gateway.test/pricing/").GetPriceAsync("7");

        Assert.Equal("http://gateway.test/pricing/prices/7", handler.Last.Uri.AbsoluteUri);
    }

    [Fact]
    public async Task BodiesAreCamelCaseJsonAndHeadersAreSentOnlyWhenGiven()
    {
        handler.Answer(HttpStatusCode.Created, OrderJson).Answer(HttpStatusCode.Created, OrderJson);
        var client = handler.Orders();

        await client.PlaceOrderAsync(new PlaceOrderRequest([new PlaceOrderLine("12", 2)]), "key-1");
        await client.PlaceOrderAsync(new PlaceOrderRequest([new PlaceOrderLine("12", 2)], "a-001-1"));

        Assert.Equal(HttpMethod.Post, handler.Requests[0].Method);
        Assert.Equal("""{"lines":[{"productId":"12","quantity":2}],"shippingAddressId":null}""", handler.Requests[0].Body);
        Assert.Equal("application/json", handler.Requests[0].MediaType);
        Assert.Equal("key-1", handler.Requests[0].Headers["Idempotency-Key"]);
        // Buffered, with its length known, so the resilience pipeline's retries and hedges can send it again.
        Assert.Equal(handler.Requests[0].Body!.Length, handler.Requests[0].ContentLength);
        Assert.False(handler.Requests[1].Headers.ContainsKey("Idempotency-Key"));
    }

    [Fact]
    public async Task PutAndDeleteCarryTheirVerbsRoutesAndBodies()
    {
        handler.Answer(HttpStatusCode.OK, CartJson).Answer(HttpStatusCode.OK, CartJson);
        var client = handler.Cart();

        await client.UpdateItemAsync("12", new UpdateCartItem(3));
        await client.RemoveItemAsync("12");

        Assert.Equal((HttpMethod.Put, "/cart/items/12", """{"quantity":3}"""), (handler.Requests[0].Method, handler.Requests[0].PathAndQuery, handler.Requests[0].Body));
        Assert.Equal((HttpMethod.Delete, "/cart/items/12", (string?)null), (handler.Requests[1].Method, handler.Requests[1].PathAndQuery, handler.Requests[1].Body));
    }

    [Fact]
    public async Task AHeaderValueCannotInjectAnotherHeader()
    {
        handler.Answer(HttpStatusCode.Created, OrderJson);

        await handler.Orders().PlaceOrderAsync(new PlaceOrderRequest([new PlaceOrderLine("12", 2)]), "ok\r\nX-Evil: 1");

        // Refit strips CR and LF from header values, so the line break cannot start a header of its own.
        Assert.False(handler.Last.Headers.ContainsKey("X-Evil"));
        Assert.DoesNotContain('\n', handler.Last.Headers["Idempotency-Key"]);
    }

    internal const string SearchJson = """{"items":[],"page":1,"pageSize":20,"totalCount":0,"totalPages":0,"facets":{"brands":[],"categories":[]}}""";
    internal const string OrderJson = """{"id":"o-1","userId":"u-001","status":"processing","placedAt":"2024-01-01T00:00:00Z","shippingAddressId":"a-001-1","lines":[],"itemCount":0,"total":0,"currency":"EUR"}""";
    internal const string CartJson = """{"userId":"u-001","items":[],"totalQuantity":0,"updatedAt":null}""";
}
