using Bff.Backends.Cart;
using Bff.Caching;
using Bff.Domains.Common;
using Bff.GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bff.Domains.Cart;

/// <summary>
/// The user's cart in the cache, private to them (<c>cart:user:{sub}:current</c>). Every change answers with the new
/// cart, which replaces the entry on every instance, so the next read shows the change without a backend call.
/// </summary>
internal static class CartCache
{
    public static CacheKey Key(string userId) => CacheKeys.ForUser(CartModule.Backend, userId, "current");

    public static Task<CartView> ReadAsync(string userId, ICartClient client, IResolverContext context) =>
        CachedRead.GetAsync(context, CartModule.Backend, Key(userId), CartModule.CartPolicy, client.GetCartAsync);

    public static async Task<CartView> ChangeAsync(
        string userId, IResolverContext context, Func<CancellationToken, Task<CartView>> change)
    {
        var cart = await CachedRead.CallAsync(context, CartModule.Backend, change).ConfigureAwait(false);
        var cache = context.Services.GetRequiredService<BffCache>();
        await cache.SetAsync(Key(userId), cart, CartModule.CartPolicy, cancellationToken: context.RequestAborted).ConfigureAwait(false);
        return cart;
    }

    /// <summary>
    /// After a checkout: takes the ordered products out of the user's cart (the orders service does not own the cart)
    /// and forgets the cached one. The order is placed whatever happens here, so a cart that cannot be tidied is
    /// logged and left for the user, never turned into a failed checkout; a retried checkout tidies it again.
    /// </summary>
    public static async Task RemoveOrderedAsync(string userId, IEnumerable<string> productIds, IResolverContext context)
    {
        if (context.Services.GetService<ICartClient>() is { } client)
        {
            try
            {
                var cart = await client.GetCartAsync(context.RequestAborted).ConfigureAwait(false);
                var inCart = cart.Items.Select(i => i.ProductId).ToHashSet(StringComparer.Ordinal);
                foreach (var productId in productIds.Distinct(StringComparer.Ordinal).Where(inCart.Contains))
                {
                    await client.RemoveItemAsync(productId, context.RequestAborted).ConfigureAwait(false);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException || !context.RequestAborted.IsCancellationRequested)
            {
                context.Services.GetService<ILoggerFactory>()?.CreateLogger(typeof(CartCache))
                    .LogWarning(e, "The order was placed but its products could not be taken out of the cart");
            }
        }

        await ForgetAsync(userId, context).ConfigureAwait(false);
    }

    /// <summary>Forgets the cached cart, for changes made by another backend (placing an order).</summary>
    public static ValueTask ForgetAsync(string userId, IResolverContext context) =>
        context.Services.GetRequiredService<BffCache>().RemoveAsync(Key(userId), context.RequestAborted);
}
