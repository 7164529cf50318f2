using System.Security.Claims;
using DemoBackends.Auth;
using DemoBackends.Http;

namespace DemoBackends.Notifications;

internal static class NotificationsApi
{
    public static IEndpointRouteBuilder MapNotificationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/notifications").WithTags("Notifications").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        api.MapGet("/unread-count", (ClaimsPrincipal user, NotificationInbox inbox, ReadMarks marks) =>
        {
            var userId = user.UserId();
            var unread = marks.Apply(userId, inbox.ForUser(userId)).Count(n => !n.Read);
            return Cached.Json(new UnreadCount(userId, unread), DemoJsonContext.Default.UnreadCount, CachePolicy.PrivateRevalidate);
        })
            .WithSummary("How many of the calling user's notifications are unread.");

        api.MapGet("/", (int? limit, bool? unreadOnly, ClaimsPrincipal user, NotificationInbox inbox, ReadMarks marks) =>
        {
            if (limit is < 1 or > 50)
            {
                return Problems.Validation("limit", "'limit' must be between 1 and 50.");
            }

            var userId = user.UserId();
            var latest = marks.Apply(userId, inbox.ForUser(userId))
                .Where(n => unreadOnly != true || !n.Read)
                .Take(limit ?? 10)
                .ToList();
            return Cached.Json(latest, DemoJsonContext.Default.IReadOnlyListNotification, CachePolicy.PrivateRevalidate);
        })
            .WithSummary("The calling user's latest notifications, newest first; limit default 10, at most 50.")
            .Produces<IReadOnlyList<Notification>>()
            .ProducesValidationProblem();

        api.MapPost("/{id}/read", (string id, ClaimsPrincipal user, NotificationInbox inbox, ReadMarks marks) =>
        {
            var userId = user.UserId();
            if (inbox.ForUser(userId).All(n => n.Id != id))
            {
                return Problems.NotFound("notification of the caller", id);
            }

            marks.Mark(userId, id);
            return TypedResults.NoContent();
        })
            .WithSummary("Mark one of the caller's notifications read.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound);

        return app;
    }
}
