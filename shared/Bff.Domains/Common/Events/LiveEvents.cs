using System.Text.Json;
using System.Text.Json.Serialization;
using Bff.Backends.Notifications;

namespace Bff.Domains.Common.Events;

/// <summary>What the notifications service publishes when it creates a notification (<c>Events:NotificationChannel</c>).</summary>
public sealed record NotificationCreated(string UserId, Notification Notification);

/// <summary>
/// What the orders service publishes when an order moves (<c>Events:OrderStatusChannel</c>), and what
/// <c>orderStatusChanged</c> returns as <c>OrderStatusChange</c>.
/// </summary>
public sealed record OrderStatusChange(string OrderId, string UserId, string Status, string PreviousStatus, DateTimeOffset ChangedAt);

/// <summary>Source-generated JSON metadata of the backends' events (camelCase, as they publish them).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(NotificationCreated))]
[JsonSerializable(typeof(OrderStatusChange))]
public sealed partial class LiveEventsJsonContext : JsonSerializerContext;
