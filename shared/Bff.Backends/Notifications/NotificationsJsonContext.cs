using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bff.Backends.Notifications;

/// <summary>Source-generated JSON metadata for the notifications contract (camelCase, as the backend writes it).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(IReadOnlyList<Notification>))]
[JsonSerializable(typeof(UnreadCount))]
public sealed partial class NotificationsJsonContext : JsonSerializerContext;
