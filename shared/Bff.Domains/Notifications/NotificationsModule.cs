using Bff.Backends.Notifications;
using Bff.Domains.Common;
using Bff.GraphQL.Execution;
using Bff.GraphQL.Server;

namespace Bff.Domains;

/// <summary>
/// The notifications module (<c>notifications.graphql</c>). Not cached: notifications are live, private and change
/// as they are read, and the backend marks them <c>private, max-age=0</c>.
/// </summary>
public static class NotificationsModule
{
    internal const string Backend = NotificationsClientOptions.BackendName;
    private const int MaxFirst = 50;

    /// <summary>Adds the notification fields; needs <see cref="INotificationsClient"/>.</summary>
    public static GraphQLServerBuilder AddNotificationsModule(this GraphQLServerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddModuleSdl("notifications.graphql", hasMutations: true)
            .BindRuntimeType<Notification>("Notification")
            .AddResolver("Query", "notifications", ctx => ListAsync(ctx, ctx.Count("first", MaxFirst)))
            .AddResolver("Query", "unreadNotificationCount", UnreadAsync)
            .AddResolver("Mutation", "markNotificationRead", ctx => MarkReadAsync(ctx, ctx.Argument("id", Ids.Notification)));
    }

    // CurrentUser.Require only to fail without a call: the backend reads the user from the forwarded token.
    private static Task<IReadOnlyList<Notification>> ListAsync(IResolverContext context, int first)
    {
        CurrentUser.Require(context);
        var unreadOnly = context.ArgumentValue<bool>("unreadOnly");
        return CachedRead.CallAsync(context, Backend, ct => context.Loader<INotificationsClient>().GetNotificationsAsync(first, unreadOnly, ct));
    }

    private static async Task<int> UnreadAsync(IResolverContext context)
    {
        CurrentUser.Require(context);
        var count = await CachedRead.CallAsync(context, Backend, ct => context.Loader<INotificationsClient>().GetUnreadCountAsync(ct)).ConfigureAwait(false);
        return count.Unread;
    }

    private static async Task<bool> MarkReadAsync(IResolverContext context, string id)
    {
        CurrentUser.Require(context);
        await CachedRead.CallAsync(context, Backend, async ct =>
        {
            await context.Loader<INotificationsClient>().MarkReadAsync(id, ct).ConfigureAwait(false);
            return true;
        }).ConfigureAwait(false);
        return true;
    }
}
