using DemoBackends.Notifications;

namespace DemoBackends.Events;

/// <summary>
/// The events the demo services publish on Redis pub/sub, one channel per kind. A BFF instance subscribes once per
/// channel and hands each event to its own subscribers, so any instance can serve any subscriber.
/// </summary>
public static class DemoEventChannels
{
    /// <summary>An order's status changed (Orders publishes; Notifications and the BFFs listen).</summary>
    public const string OrderStatusChanged = "demo:events:order-status-changed";

    /// <summary>A notification was created for a user (Notifications publishes; the BFFs listen).</summary>
    public const string NotificationCreated = "demo:events:notification-created";
}

/// <summary>The payload on <see cref="DemoEventChannels.OrderStatusChanged"/>.</summary>
internal sealed record OrderStatusChanged(string OrderId, string UserId, string Status, string PreviousStatus, DateTimeOffset ChangedAt);

/// <summary>The payload on <see cref="DemoEventChannels.NotificationCreated"/>.</summary>
internal sealed record NotificationCreated(string UserId, Notification Notification);
