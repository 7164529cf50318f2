using System.Net;
using Bff.Backends.Http;
using Bff.Backends.Orders;
using Bff.Backends.Tests.Support;

namespace Bff.Backends.Tests.Clients;

[Collection(DemoBackendsCollection.Name)]
public sealed class OrdersClientTests(DemoBackendsProcess demo)
{
    [Fact]
    public async Task WithoutATokenTheOrdersBackendAnswers401()
    {
        await using var host = RealClients.Create(demo);

        var error = await Assert.ThrowsAsync<BackendException>(() => host.Get<IOrdersClient>().GetOrdersAsync());

        Assert.Equal(("orders", HttpStatusCode.Unauthorized), (error.Backend, error.StatusCode));
    }

    [Fact]
    public async Task TheCallersOrdersAreListedAndReadButAnotherUsersAreNull()
    {
        await using var host = RealClients.Create(demo);
        host.SignIn(await demo.TokenForAsync("u-002"));
        var orders = host.Get<IOrdersClient>();

        var page = await orders.GetOrdersAsync(pageSize: 50);
        var first = await orders.GetOrderAsync(page.Items[0].Id);
        host.SignIn(await demo.TokenForAsync("u-003"));

        Assert.Equal(page.TotalCount, page.Items.Count);
        Assert.Equal(first!.Total, first.Lines.Sum(l => l.LineTotal));
        Assert.Null(await orders.GetOrderAsync(page.Items[0].Id));
    }

    [Fact]
    public async Task PlacingTwiceWithOneIdempotencyKeyReturnsTheSameOrder()
    {
        await using var host = RealClients.Create(demo);
        host.SignIn(await demo.TokenForAsync("u-010"));
        var orders = host.Get<IOrdersClient>();
        var request = new PlaceOrderRequest([new PlaceOrderLine("12", 2)]);
        var key = Guid.NewGuid().ToString();

        var placed = await orders.PlaceOrderAsync(request, key);
        var replayed = await orders.PlaceOrderAsync(request, key);

        Assert.Equal(placed.Id, replayed.Id);
        Assert.Equal(("u-010", 2), (placed.UserId, placed.ItemCount));
        var conflict = await Assert.ThrowsAsync<BackendException>(() => orders.PlaceOrderAsync(request with { Lines = [new PlaceOrderLine("12", 3)] }, key));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, conflict.StatusCode);
    }
}
