using Bff.Backends;
using Bff.Backends.Orders;
using Bff.Caching;
using Bff.Domains.Cart;
using Bff.Domains.Catalog;
using Bff.Domains.Common;
using Bff.Domains.Orders;
using Bff.GraphQL.Execution;
using Bff.GraphQL.Server;
using Microsoft.Extensions.DependencyInjection;

namespace Bff.Domains;

/// <summary>
/// The orders module: the user's orders (by page and by cursor), one order, and checkout (<c>orders.graphql</c>). Needs the catalog module
/// (<c>OrderLine.product</c>); placing an order forgets the user's cached cart and orders.
/// </summary>
public static class OrdersModule
{
    internal const string Backend = OrdersClientOptions.BackendName;
    internal const string OrdersPolicy = "orders";
    private const int MaxPageSize = 50;
    private const int MaxPage = 10_000;

    /// <summary>Adds the order fields; needs <see cref="IOrdersClient"/> and <c>BffCache</c>. Private: keyed by the token's <c>sub</c>.</summary>
    public static GraphQLServerBuilder AddOrdersModule(this GraphQLServerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        DomainPolicies.AddDefaults(builder.Services, (OrdersPolicy, TimeSpan.FromSeconds(30), TimeSpan.Zero));
        return builder.AddModuleSdl("orders.graphql", hasMutations: true)
            .BindRuntimeType<Paged<OrderSummary>>("OrderPage")
            .BindRuntimeType<OrderSummary>("OrderSummary")
            .BindRuntimeType<Connection<OrderSummary>>("OrderConnection")
            .BindRuntimeType<Edge<OrderSummary>>("OrderEdge")
            .BindRuntimeType<Order>("Order")
            .BindRuntimeType<OrderLine>("OrderLine")
            .AddResolver("Query", "orderConnection", ctx => OrderConnectionResolver.ConnectionAsync(ctx))
            .AddResolver("Query", "orders", ctx => PageAsync(
                CurrentUser.Require(ctx), ctx.Count("page", MaxPage), ctx.Count("pageSize", MaxPageSize), ctx.Loader<IOrdersClient>(), ctx))
            .AddResolver("Query", "order", ctx => OrderAsync(CurrentUser.Require(ctx), ctx.Argument("id", Ids.Order), ctx.Loader<IOrdersClient>(), ctx))
            .AddResolver("Mutation", "placeOrder", ctx => PlaceAsync(CurrentUser.Require(ctx), ctx.Loader<IOrdersClient>(), ctx))
            .AddResolver("Order", "lines", ctx => ProductPrefetch.WithProductsAsync(ctx, ctx.ParentAs<Order>().Lines, l => l.ProductId))
            .AddResolver("OrderLine", "product", ctx => ctx.Loader<ProductByIdDataLoader>().LoadValueAsync(
                ctx, ctx.ParentAs<OrderLine>().ProductId));
    }

    /// <summary>The tag of every cached order entry of one user, forgotten when they place an order.</summary>
    internal static string UserTag(string userId) => $"orders:user:{userId}";

    /// <summary>One page of the user's orders, cached privately (shared by <c>orders</c> and <c>orderConnection</c>).</summary>
    internal static Task<Paged<OrderSummary>> PageAsync(string userId, int page, int pageSize, IOrdersClient client, IResolverContext context) =>
        CachedRead.GetAsync(
            context, Backend, CacheKeys.ForUser(Backend, userId, $"page:{page}:{pageSize}"), OrdersPolicy,
            ct => client.GetOrdersAsync(page, pageSize, ct), [UserTag(userId)]);

    private static Task<Order?> OrderAsync(string userId, string id, IOrdersClient client, IResolverContext context) =>
        CachedRead.GetAsync(context, Backend, CacheKeys.ForUser(Backend, userId, id), OrdersPolicy, ct => client.GetOrderAsync(id, ct), [UserTag(userId)]);

    private static async Task<Order> PlaceAsync(string userId, IOrdersClient client, IResolverContext context)
    {
        var (order, idempotencyKey) = PlaceOrderInput.Read(context);
        var placed = await CachedRead.CallAsync(context, Backend, ct => client.PlaceOrderAsync(order, idempotencyKey, ct)).ConfigureAwait(false);
        await context.Services.GetRequiredService<BffCache>().RemoveByTagAsync(UserTag(userId), context.RequestAborted).ConfigureAwait(false);
        await CartCache.RemoveOrderedAsync(userId, placed.Lines.Select(l => l.ProductId), context).ConfigureAwait(false);
        return placed;
    }
}
