using Bff.Backends.Cart;
using Bff.Backends.Catalog;
using Bff.Backends.Notifications;
using Bff.Backends.Orders;
using Bff.Backends.Pricing;

namespace Bff.Backends.Tests.Support;

/// <summary>Shorthands for <see cref="DirectClient"/> over the contracts the request and response tests use.</summary>
public static class Direct
{
    public static IPricingClient Pricing(this RecordingHandler handler, string baseAddress = "http://backend.test/") =>
        DirectClient.For<IPricingClient>(handler, PricingClientOptions.BackendName, PricingJsonContext.Default, baseAddress);

    public static ICatalogClient Catalog(this RecordingHandler handler) =>
        DirectClient.For<ICatalogClient>(handler, CatalogClientOptions.BackendName, CatalogJsonContext.Default);

    public static ICartClient Cart(this RecordingHandler handler) =>
        DirectClient.For<ICartClient>(handler, CartClientOptions.BackendName, CartJsonContext.Default);

    public static IOrdersClient Orders(this RecordingHandler handler) =>
        DirectClient.For<IOrdersClient>(handler, OrdersClientOptions.BackendName, OrdersJsonContext.Default);

    public static INotificationsClient Notifications(this RecordingHandler handler) =>
        DirectClient.For<INotificationsClient>(handler, NotificationsClientOptions.BackendName, NotificationsJsonContext.Default);
}
