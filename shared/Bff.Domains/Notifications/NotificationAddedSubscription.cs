using Bff.Domains.Common;
using Bff.Domains.Common.Events;
using Bff.GraphQL.Execution;
using Bff.GraphQL.Server;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bff.Domains;

/// <summary>
/// <c>Subscription.notificationAdded</c>: the notifications service's <c>notification-created</c> events of the
/// signed-in user, read from Redis pub/sub through <see cref="BackendEventHub"/>.
/// </summary>
public static class NotificationAddedSubscription
{
    /// <summary>Adds the field; needs <see cref="NotificationsModule.AddNotificationsModule"/> and a Redis connection.</summary>
    public static GraphQLServerBuilder AddNotificationAddedSubscription(this GraphQLServerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddBackendEvents();
        return builder.AddSubscriptionSdl("notifications.subscription.graphql")
            .AddSubscription("Subscription", "notificationAdded", SubscribeAsync);
    }

    // Subscribed before it returns, so an event published right after the client's subscribe reaches it; the user
    // comes from the validated token only, so the filter cannot be widened by an argument.
    private static async ValueTask<IAsyncEnumerable<object?>> SubscribeAsync(IResolverContext context)
    {
        var userId = CurrentUser.Require(context);
        var hub = context.Services.GetRequiredService<BackendEventHub>();
        var channel = context.Services.GetRequiredService<IOptions<BackendEventsOptions>>().Value.NotificationChannel;
        var events = await hub.OpenAsync(
            channel, LiveEventsJsonContext.Default.NotificationCreated, e => e.UserId == userId && e.Notification is not null,
            context.RequestAborted).ConfigureAwait(false);
        return LiveStreams.Select(events, e => e.Notification);
    }
}
