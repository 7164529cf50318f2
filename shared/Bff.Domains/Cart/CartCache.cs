using Bff.Backends.Cart;
using Bff.Caching;
using Bff.Domains.Common;
using Bff.GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;

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

    /// <summary>Forgets the cached cart, for changes made by another backend (placing an order).</summary>
    public static ValueTask ForgetAsync(string userId, IResolverContext context) =>
        context.Services.GetRequiredService<BffCache>().RemoveAsync(Key(userId), context.RequestAborted);
}
