using DemoBackends.Events;
using DemoBackends.Http;

namespace DemoBackends.Notifications;

/// <summary>Turns each order status change into a notification for the order's owner, as a notifications service would.</summary>
internal sealed class OrderEventsListener(EventBus events, NotificationInbox inbox) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        events.SubscribeAsync(DemoEventChannels.OrderStatusChanged, DemoJsonContext.Default.OrderStatusChanged, change =>
            inbox.CreateAsync(change.UserId, $"order-{change.Status}", Title(change.Status),
                $"Order {change.OrderId} is now {change.Status} (was {change.PreviousStatus})."), stoppingToken);

    private static string Title(string status) => status switch
    {
        "processing" => "We are preparing your order",
        "shipped" => "Your order is on its way",
        "delivered" => "Your order was delivered",
        "cancelled" => "Your order was cancelled",
        _ => "Your order changed",
    };
}
