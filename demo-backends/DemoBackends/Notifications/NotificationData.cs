using Bogus;
using DemoBackends.Data;

namespace DemoBackends.Notifications;

internal sealed record Notification(string Id, string Kind, string Title, string Body, DateTimeOffset CreatedAt, bool Read);

internal sealed record UnreadCount(string UserId, int Unread);

/// <summary>Generated notifications per user, newest first; the older ones arrive already read.</summary>
internal sealed class NotificationData(IReadOnlyDictionary<string, IReadOnlyList<Notification>> byUser)
{
    public IReadOnlyList<Notification> ForUser(string userId) => byUser.GetValueOrDefault(userId) ?? [];
}

internal static class NotificationGenerator
{
    private static readonly (string Kind, string Title)[] Kinds =
    [
        ("order-shipped", "Your order is on its way"),
        ("price-drop", "A product on your wishlist is cheaper"),
        ("back-in-stock", "Back in stock"),
        ("review-reply", "Someone replied to your review"),
        ("promotion", "This week's deals"),
    ];

    public static NotificationData Generate(Faker f)
    {
        var byUser = new Dictionary<string, IReadOnlyList<Notification>>(StringComparer.Ordinal);
        var next = 1;
        for (var i = 0; i < DemoData.UserCount; i++)
        {
            var count = f.Random.Int(5, 20);
            var unread = f.Random.Int(0, Math.Min(count, 8));
            byUser[DemoData.UserId(i)] = Enumerable.Range(0, count)
                .Select(_ => DemoData.DateBefore(f, 60))
                .OrderByDescending(d => d)
                .Select((createdAt, n) =>
                {
                    var (kind, title) = f.PickRandom(Kinds);
                    return new Notification($"n-{next++:00000}", kind, title, f.Lorem.Sentence(8, 6), createdAt, Read: n >= unread);
                })
                .ToList();
        }

        return new NotificationData(byUser);
    }
}

/// <summary>Notifications marked read since start, per service instance.</summary>
internal sealed class ReadMarks
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string User, string Id), bool> marks = new();

    public void Mark(string userId, string id) => marks[(userId, id)] = true;

    public IReadOnlyList<Notification> Apply(string userId, IReadOnlyList<Notification> notifications) =>
        notifications.Select(n => n.Read || !marks.ContainsKey((userId, n.Id)) ? n : n with { Read = true }).ToList();
}
