using Bff.Backends.Cart;
using Bff.Domains.Cart;
using Bff.Domains.Catalog;
using Bff.Domains.Common;
using Bff.GraphQL.Execution;
using Bff.GraphQL.Server;

namespace Bff.Domains;

/// <summary>The cart module: <c>Query.cart</c> and the cart mutations (<c>cart.graphql</c>). Needs the catalog module.</summary>
public static class CartModule
{
    internal const string Backend = CartClientOptions.BackendName;
    internal const string CartPolicy = "cart";
    private const int MaxQuantity = 99;

    /// <summary>Adds the cart fields; needs <see cref="ICartClient"/> and <c>BffCache</c>. Private: keyed by the token's <c>sub</c>.</summary>
    public static GraphQLServerBuilder AddCartModule(this GraphQLServerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        // Private, and the user's own changes replace the entry; the short fresh time covers changes made elsewhere.
        DomainPolicies.AddDefaults(builder.Services, (CartPolicy, TimeSpan.FromSeconds(30), TimeSpan.Zero));
        return builder.AddModuleSdl("cart.graphql", hasMutations: true)
            .BindRuntimeType<CartView>("Cart")
            .BindRuntimeType<CartItem>("CartItem")
            .AddResolver("Query", "cart", ctx => CartCache.ReadAsync(CurrentUser.Require(ctx), ctx.Loader<ICartClient>(), ctx))
            .AddResolver("Mutation", "addToCart", ctx => Change(ctx, (client, ct) => client.AddItemAsync(
                new AddCartItem(ctx.Argument("productId", Ids.Product), ctx.Count("quantity", MaxQuantity)), ct)))
            .AddResolver("Mutation", "updateCartItem", ctx => Change(ctx, (client, ct) => client.UpdateItemAsync(
                ctx.Argument("productId", Ids.Product), new UpdateCartItem(ctx.Count("quantity", MaxQuantity)), ct)))
            .AddResolver("Mutation", "removeFromCart", ctx => Change(ctx, (client, ct) => client.RemoveItemAsync(
                ctx.Argument("productId", Ids.Product), ct)))
            .AddResolver("Mutation", "clearCart", ctx => Change(ctx, (client, ct) => client.ClearAsync(ct)))
            .AddResolver("Cart", "items", ctx => ProductPrefetch.WithProductsAsync(ctx, ctx.ParentAs<CartView>().Items, i => i.ProductId))
            .AddResolver("CartItem", "product", ctx => ctx.Loader<ProductByIdDataLoader>().LoadValueAsync(
                ctx, ctx.ParentAs<CartItem>().ProductId));
    }

    // The user and the arguments are checked before the call: the delegate runs them first, inside ChangeAsync.
    private static Task<CartView> Change(IResolverContext context, Func<ICartClient, CancellationToken, Task<CartView>> change)
    {
        var userId = CurrentUser.Require(context);
        var client = context.Loader<ICartClient>();
        return CartCache.ChangeAsync(userId, context, ct => change(client, ct));
    }
}
