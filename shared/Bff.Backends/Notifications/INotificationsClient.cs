using Refit;

namespace Bff.Backends.Notifications;

/// <summary>The notifications backend, for the calling user (their bearer token is forwarded).</summary>
public interface INotificationsClient
{
    /// <summary>The caller's latest notifications, newest first; <paramref name="limit"/> 1..50, default 10.</summary>
    [Get("/notifications")]
    Task<IReadOnlyList<Notification>> GetNotificationsAsync(int? limit = null, bool? unreadOnly = null, CancellationToken cancellationToken = default);

    /// <summary>How many of the caller's notifications are unread.</summary>
    [Get("/notifications/unread-count")]
    Task<UnreadCount> GetUnreadCountAsync(CancellationToken cancellationToken = default);

    /// <summary>Marks one of the caller's notifications read; another user's or an unknown id is a 404.</summary>
    [Post("/notifications/{id}/read")]
    Task MarkReadAsync(string id, CancellationToken cancellationToken = default);
}
