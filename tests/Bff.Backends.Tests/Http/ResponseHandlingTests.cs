using System.Net;
using Bff.Backends.Cart;
using Bff.Backends.Catalog;
using Bff.Backends.Http;
using Bff.Backends.Notifications;
using Bff.Backends.Pricing;
using Bff.Backends.Tests.Probe;
using Bff.Backends.Tests.Support;

namespace Bff.Backends.Tests.Http;

public sealed class ResponseHandlingTests
{
    private readonly RecordingHandler handler = new();

    [Fact]
    public async Task ASuccessIsDeserializedWithTheContractsCasing()
    {
        handler.Answer(HttpStatusCode.OK, """[{"productId":"7","amount":9.99,"listPrice":12.99,"discountPercent":25,"discount":3.00,"currency":"EUR"}]""");

        var prices = await new PricingClient(handler.CreateClient()).GetPricesAsync(["7"]);

        Assert.Equal(new Price("7", 9.99m, 12.99m, 25, 3.00m, "EUR"), Assert.Single(prices));
        Assert.True(handler.Contents[0].Disposed);
    }

    [Fact]
    public async Task NotFoundIsNullWhereTheContractSaysSo()
    {
        handler.Answer(HttpStatusCode.NotFound, """{"title":"Not found"}""", "application/problem+json");

        var price = await new PricingClient(handler.CreateClient()).GetPriceAsync("99999");

        Assert.Null(price);
        Assert.True(handler.Contents[0].Disposed);
    }

    [Fact]
    public async Task NotFoundIsAnExceptionWhereTheContractHasNoNullOn404()
    {
        handler.Answer(HttpStatusCode.NotFound, """{"title":"Not found","detail":"Product '12' is not in the cart."}""", "application/problem+json");

        var error = await Assert.ThrowsAsync<BackendException>(() => new CartClient(handler.CreateClient()).RemoveItemAsync("12"));

        Assert.Equal(("cart", HttpStatusCode.NotFound, "Not found"), (error.Backend, error.StatusCode, error.Title));
    }

    [Fact]
    public async Task AServerErrorCarriesBackendStatusAndTitleButNeverTheDetail()
    {
        handler.Answer(HttpStatusCode.InternalServerError,
            """{"type":"x","title":"Boom\r\nInjected","status":500,"detail":"at Secret.Stack.Trace() password=hunter2"}""", "application/problem+json");

        var error = await Assert.ThrowsAsync<BackendException>(() => new CatalogClient(handler.CreateClient()).GetProductsAsync(["1"]));

        Assert.Equal("catalog", error.Backend);
        Assert.Equal(HttpStatusCode.InternalServerError, error.StatusCode);
        Assert.Equal("Backend 'catalog' answered 500 (InternalServerError): Boom  Injected", error.Message);
        Assert.DoesNotContain("hunter2", error.ToString(), StringComparison.Ordinal);
        Assert.True(handler.Contents[0].Disposed);
    }

    [Fact]
    public async Task AnErrorWithoutProblemDetailsStillNamesBackendAndStatus()
    {
        handler.Answer(HttpStatusCode.BadGateway, "<html>proxy error</html>", "text/html");

        var error = await Assert.ThrowsAsync<BackendException>(() => new PricingClient(handler.CreateClient()).GetPriceAsync("1"));

        Assert.Equal("Backend 'pricing' answered 502 (BadGateway).", error.Message);
        Assert.Null(error.Title);
    }

    [Fact]
    public async Task ABodyThatBreaksTheContractIsABackendExceptionWithoutThePayloadInItsMessage()
    {
        handler.Answer(HttpStatusCode.OK, """{"productId":"7","amount":"not-a-number-secret"}""");

        var error = await Assert.ThrowsAsync<BackendException>(() => new PricingClient(handler.CreateClient()).GetPriceAsync("7"));

        Assert.Equal(HttpStatusCode.OK, error.StatusCode);
        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANullBodyForANonNullableResultIsABackendException()
    {
        handler.Answer(HttpStatusCode.OK, "null");

        var error = await Assert.ThrowsAsync<BackendException>(() => new CartClient(handler.CreateClient()).GetCartAsync());

        Assert.Equal("cart", error.Backend);
    }

    [Fact]
    public async Task AMethodWithoutResultAcceptsNoContent()
    {
        handler.Answer(HttpStatusCode.NoContent);

        await new NotificationsClient(handler.CreateClient()).MarkReadAsync("n-00001");

        Assert.Equal((HttpMethod.Post, "/notifications/n-00001/read"), (handler.Last.Method, handler.Last.PathAndQuery));
    }

    [Fact]
    public async Task NullOn404AlsoWorksForWrites()
    {
        handler.Answer(HttpStatusCode.NotFound).Answer(HttpStatusCode.OK, """{"name":"a","count":2}""");
        var client = new ProbeClient(handler.CreateClient());

        Assert.Null(await client.PutAsync(new ProbeItem("a", 1), CancellationToken.None));
        Assert.Equal(new ProbeItem("a", 2), await client.PutAsync(new ProbeItem("a", 1), CancellationToken.None));
    }

    [Fact]
    public async Task HeaderValuesWithLineBreaksAreRefused()
    {
        var client = new ProbeClient(handler.CreateClient());

        await Assert.ThrowsAsync<FormatException>(() => client.DeleteAsync(Guid.Empty, "ok\r\nX-Evil: 1", CancellationToken.None));

        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task CancellationReachesTheHandler()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new PricingClient(handler.CreateClient()).GetPricesAsync(["1"], cancelled.Token));
    }
}
