using Bff.Backends.Orders;
using Bff.Domains.Common;
using Bff.Domains.Common.Events;
using Bff.GraphQL.Execution;
using Bff.GraphQL.Server;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bff.Domains;

/// <summary>
/// <c>Subscription.orderStatusChanged(orderId)</c>: the orders service's <c>order-status-changed</c> events of one of
/// the signed-in user's orders, read from Redis pub/sub through <see cref="BackendEventHub"/>.
/// </summary>
public static class OrderStatusSubscription
{
    /// <summary>Adds the field; needs <see cref="IOrdersClient"/> and a Redis connection.</summary>
    public static GraphQLServerBuilder AddOrderStatusSubscription(this GraphQLServerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddBackendEvents();
        return builder.AddSubscriptionSdl("orders.subscription.graphql")
            .BindRuntimeType<OrderStatusChange>("OrderStatusChange")
            .AddSubscription("Subscription", "orderStatusChanged", SubscribeAsync);
    }

    private static async ValueTask<IAsyncEnumerable<object?>> SubscribeAsync(IResolverContext context)
    {
        var userId = CurrentUser.Require(context);
        var orderId = context.Argument("orderId", Ids.Order);

        // The orders backend answers only for the token's user: null is "unknown or someone else's", which the
        // client is not told apart, as Query.order does not.
        var order = await CachedRead.CallAsync(
            context, OrdersModule.Backend, ct => context.Loader<IOrdersClient>().GetOrderAsync(orderId, ct)).ConfigureAwait(false);
        if (order is null)
        {
            throw new GraphQLException($"Order \"{orderId}\" was not found.", DomainErrorCodes.NotFound);
        }

        var hub = context.Services.GetRequiredService<BackendEventHub>();
        var channel = context.Services.GetRequiredService<IOptions<BackendEventsOptions>>().Value.OrderStatusChannel;

        // Both ids: the check above is at subscribe time, the user filter keeps a reused or forged order id from ever
        // carrying another user's event.
        var events = await hub.OpenAsync(
            channel, LiveEventsJsonContext.Default.OrderStatusChange, e => e.OrderId == orderId && e.UserId == userId,
            context.RequestAborted).ConfigureAwait(false);
        return LiveStreams.Select(events, e => e);
    }
}
