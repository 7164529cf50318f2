using System.Globalization;
using DemoBackends.Data;
using DemoBackends.Events;
using DemoBackends.Http;

namespace DemoBackends.Notifications;

/// <summary>
/// Notifications created since start (by the operator API or from order events), newest first, on top of the
/// generated ones. At most <see cref="PerUser"/> per user are kept (the oldest go), and only for known users, so the
/// store is bounded by the directory's size.
/// </summary>
internal sealed class NotificationInbox(DemoData data, EventBus events, TimeProvider time)
{
    public const int PerUser = 50;

    private readonly Lock gate = new();
    private readonly Dictionary<string, LinkedList<Notification>> created = new(StringComparer.Ordinal);
    private int next;

    public IReadOnlyList<Notification> ForUser(string userId)
    {
        lock (gate)
        {
            IEnumerable<Notification> recent = created.GetValueOrDefault(userId) ?? [];
            return [.. recent, .. data.Notifications.ForUser(userId)];
        }
    }

    /// <summary>Creates and publishes a notification; null when <paramref name="userId"/> is not a known user.</summary>
    public async Task<Notification?> CreateAsync(string userId, string kind, string title, string body)
    {
        if (data.Users.Find(userId) is null)
        {
            return null;
        }

        Notification notification;
        lock (gate)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"n-live-{++next:000000}");
            notification = new Notification(id, kind, title, body, time.GetUtcNow(), Read: false);
            if (!created.TryGetValue(userId, out var list))
            {
                created[userId] = list = new LinkedList<Notification>();
            }

            list.AddFirst(notification);
            if (list.Count > PerUser)
            {
                list.RemoveLast();
            }
        }

        await events.PublishAsync(DemoEventChannels.NotificationCreated, new NotificationCreated(userId, notification),
            DemoJsonContext.Default.NotificationCreated).ConfigureAwait(false);
        return notification;
    }
}
