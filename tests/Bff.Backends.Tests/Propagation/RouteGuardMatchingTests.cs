using System.Net;
using Bff.Backends.Cart;
using Bff.Backends.Http;
using Bff.Backends.Propagation;
using Bff.Backends.Tests.Http;
using Bff.Backends.Tests.Support;
using Refit;

namespace Bff.Backends.Tests.Propagation;

/// <summary>The guard's path check on its own, and what Refit would send without it.</summary>
public sealed class RouteGuardMatchingTests
{
    [Theory]
    [InlineData("/pricing/prices/7", "/pricing/", "/prices/{productId}", true)]
    [InlineData("/prices/7", "/", "/prices/{productId}", true)]
    [InlineData("/notifications/n-1/read", "/", "/notifications/{id}/read", true)]
    [InlineData("/cart/items/12", "/", "/cart/items/{productId}", true)]
    [InlineData("/cart/items/%252e%252E", "/", "/cart/items/{productId}", false)]
    [InlineData("/cart/", "/", "/cart/items/{productId}", false)]
    [InlineData("/cart", "/", "/cart/items/{productId}", false)]
    [InlineData("/pricing/prices", "/pricing/", "/prices/{productId}", false)]
    [InlineData("/other/prices/7", "/pricing/", "/prices/{productId}", false)]
    [InlineData("/notifications/read", "/", "/notifications/{id}/read", false)]
    public void APathMatchesItsTemplateOnlyWithEverySegmentInPlace(string path, string basePath, string template, bool matches) =>
        Assert.Equal(matches, RouteGuardHandler.Matches(path, basePath, template));

    [Fact]
    public async Task ARequestWithoutARefitTemplateIsLeftAlone()
    {
        var handler = new RecordingHandler();
        using var client = new HttpClient(new RouteGuardHandler(() => new Uri("http://x.test/")) { InnerHandler = handler });

        using var response = await client.GetAsync(new Uri("http://x.test/cart/"));

        Assert.Equal("/cart/", Assert.Single(handler.Requests).Uri.AbsolutePath);
    }

    public static TheoryData<string> EveryRouteChangingValue() => new(RouteGuardHandlerTests.RouteChangingValues);

    [Theory]
    [MemberData(nameof(EveryRouteChangingValue))]
    public async Task WithoutTheGuardRefitWouldSendEachOfTheseValuesOffItsRoute(string value)
    {
        var handler = new RecordingHandler().Answer(HttpStatusCode.OK, RequestBuildingTests.CartJson);

        await Unguarded(handler).RemoveItemAsync(value);

        Assert.False(RouteGuardHandler.Matches(handler.Last.Uri.AbsolutePath, "/", "/cart/items/{productId}"));
    }

    [Fact]
    public async Task WithoutTheGuardRemovingTheItemDotDotWouldDeleteTheWholeCart()
    {
        var handler = new RecordingHandler().Answer(HttpStatusCode.OK, RequestBuildingTests.CartJson);

        await Unguarded(handler).RemoveItemAsync("..");

        Assert.Equal((HttpMethod.Delete, "/cart/"), (handler.Last.Method, handler.Last.Uri.AbsolutePath));
    }

    // Refit with the BFF's settings but no guard handler: what would reach the wire today.
    private static ICartClient Unguarded(RecordingHandler handler) => RestService.ForGenerated<ICartClient>(
        new HttpClient(handler) { BaseAddress = new Uri("http://cart.test/") }, BackendRefitSettings.Create("cart", CartJsonContext.Default));
}
