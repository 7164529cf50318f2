using System.ComponentModel.DataAnnotations;

namespace Bff.Domains.Common.Events;

/// <summary>Where the backends publish their events, and how much one subscriber may fall behind (<c>Events</c>).</summary>
public sealed class BackendEventsOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Events";

    /// <summary>The Redis channel the orders service publishes status changes on.</summary>
    [Required]
    public string OrderStatusChannel { get; set; } = "demo:events:order-status-changed";

    /// <summary>The Redis channel the notifications service publishes new notifications on.</summary>
    [Required]
    public string NotificationChannel { get; set; } = "demo:events:notification-created";

    /// <summary>
    /// Events one subscriber may have waiting before it is dropped (with <c>SUBSCRIBER_TOO_SLOW</c>): a client that
    /// does not read must not make the process hold an unbounded queue for it.
    /// </summary>
    [Range(1, 10_000)]
    public int SubscriberBuffer { get; set; } = 64;
}
