using Bff.Backends;
using Bff.Backends.Orders;
using Bff.Domains.Common;
using Bff.GraphQL.Execution;

namespace Bff.Domains.Orders;

/// <summary>
/// <c>Query.orderConnection</c>: the signed-in user's orders, newest first, by cursor. It reads the backend in its
/// largest pages through the same private cache entries as <c>orders(page, pageSize: 50)</c> (keyed by the user,
/// tagged so that placing an order forgets them).
/// </summary>
internal static class OrderConnectionResolver
{
    public const int MaxFirst = 50;
    public const int BackendPageSize = 50;

    // Far beyond any user's history; keeps forged cursors from filling the user's cache with empty pages.
    private const int MaxOffset = 10_000;

    public static Task<Connection<OrderSummary>?> ConnectionAsync(IResolverContext context)
    {
        var userId = CurrentUser.Require(context);
        var first = context.Count("first", MaxFirst);
        var start = OffsetCursor.StartAfter(context, MaxOffset);
        var client = context.Loader<IOrdersClient>();
        return OffsetConnection.ReadAsync<OrderSummary>(
            start, first, BackendPageSize, async page => await OrdersModule.PageAsync(userId, page, BackendPageSize, client, context).ConfigureAwait(false));
    }
}
