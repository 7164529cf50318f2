namespace Bff.Backends.Notifications;

/// <summary>One notification of the user; ids look like <c>n-00001</c>.</summary>
public sealed record Notification(string Id, string Kind, string Title, string Body, DateTimeOffset CreatedAt, bool Read);

/// <summary>How many of the user's notifications are unread.</summary>
public sealed record UnreadCount(string UserId, int Unread);
