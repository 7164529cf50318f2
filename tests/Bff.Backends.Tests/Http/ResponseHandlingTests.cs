using System.Net;
using Bff.Backends.Cart;
using Bff.Backends.Http;
using Bff.Backends.Pricing;
using Bff.Backends.Propagation;
using Bff.Backends.Tests.Support;

namespace Bff.Backends.Tests.Http;

public sealed class ResponseHandlingTests
{
    private readonly RecordingHandler handler = new();

    [Fact]
    public async Task ASuccessIsDeserializedWithTheContractsCasing()
    {
        handler.Answer(HttpStatusCode.OK, """[{"productId":"7","amount":9.99,"listPrice":12.99,"discountPercent":25,"discount":3.00,"currency":"EUR"}]""");

        var prices = await handler.Pricing().GetPricesAsync(["7"]);

        Assert.Equal(new Price("7", 9.99m, 12.99m, 25, 3.00m, "EUR"), Assert.Single(prices));
        Assert.True(handler.Contents[0].Disposed);
    }

    [Fact]
    public async Task NotFoundIsNullWhereTheContractSaysSo()
    {
        handler.Answer(HttpStatusCode.NotFound, """{"title":"Not found"}""", "application/problem+json");

        var price = await handler.Pricing().GetPriceAsync("99999");

        Assert.Null(price);
        Assert.True(handler.Contents[0].Disposed);
    }

    [Fact]
    public async Task NotFoundIsAnExceptionWhereTheContractHasNoNullOn404()
    {
        handler.Answer(HttpStatusCode.NotFound, """{"title":"Not found","detail":"Product '12' is not in the cart."}""", "application/problem+json");

        var error = await Assert.ThrowsAsync<BackendException>(() => handler.Cart().RemoveItemAsync("12"));

        Assert.Equal(("cart", HttpStatusCode.NotFound, "Not found"), (error.Backend, error.StatusCode, error.Title));
        Assert.True(handler.Contents[0].Disposed);
    }

    [Fact]
    public void TheMethodsWhose404IsNullAreReadFromTheContract()
    {
        Assert.Equal(["GetPriceAsync"], NotFoundAsNullHandler.MethodsOf<IPricingClient>());
        Assert.Empty(NotFoundAsNullHandler.MethodsOf<ICartClient>());
    }

    [Fact]
    public async Task AServerErrorCarriesBackendStatusAndTitleButNeverTheDetail()
    {
        handler.Answer(HttpStatusCode.InternalServerError,
            """{"type":"x","title":"Boom\r\nInjected","status":500,"detail":"at Secret.Stack.Trace() password=hunter2"}""", "application/problem+json");

        var error = await Assert.ThrowsAsync<BackendException>(() => handler.Catalog().GetProductsAsync(["1"]));

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

        var error = await Assert.ThrowsAsync<BackendException>(() => handler.Pricing().GetPriceAsync("1"));

        Assert.Equal("Backend 'pricing' answered 502 (BadGateway).", error.Message);
        Assert.Null(error.Title);
    }

    [Fact]
    public async Task ABodyThatBreaksTheContractIsABackendExceptionWithoutThePayloadInItsMessage()
    {
        handler.Answer(HttpStatusCode.OK, """{"productId":"7","amount":"not-a-number-secret"}""");

        var error = await Assert.ThrowsAsync<BackendException>(() => handler.Pricing().GetPriceAsync("7"));

        Assert.Equal(("pricing", HttpStatusCode.OK), (error.Backend, error.StatusCode));
        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANullWhereTheContractHasAValueIsABackendException()
    {
        handler.Answer(HttpStatusCode.OK, """{"userId":null,"items":[],"totalQuantity":0,"updatedAt":null}""");

        var error = await Assert.ThrowsAsync<BackendException>(() => handler.Cart().GetCartAsync());

        Assert.Equal(("cart", "The response did not match the contract."), (error.Backend, error.Title));
    }

    [Fact]
    public async Task AMethodWithoutResultAcceptsNoContent()
    {
        handler.Answer(HttpStatusCode.NoContent);

        await handler.Notifications().MarkReadAsync("n-00001");

        Assert.Equal((HttpMethod.Post, "/notifications/n-00001/read"), (handler.Last.Method, handler.Last.PathAndQuery));
    }

    [Fact]
    public async Task AMethodWithoutResultStillFailsOnAnError()
    {
        handler.Answer(HttpStatusCode.NotFound, """{"title":"Not found"}""", "application/problem+json");

        var error = await Assert.ThrowsAsync<BackendException>(() => handler.Notifications().MarkReadAsync("n-unknown"));

        Assert.Equal(("notifications", HttpStatusCode.NotFound, "Not found"), (error.Backend, error.StatusCode, error.Title));
    }

    [Fact]
    public async Task CancellationReachesTheHandler()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => handler.Pricing().GetPricesAsync(["1"], cancelled.Token));
    }

    [Fact]
    public async Task ATransportFailureKeepsItsOwnTypeForTheResilienceAndGraphQLLayers()
    {
        handler.Fail(new HttpRequestException("connection refused"));

        await Assert.ThrowsAsync<HttpRequestException>(() => handler.Pricing().GetPricesAsync(["1"]));
    }
}
