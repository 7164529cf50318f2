using Bff.Backends.Catalog;
using Bff.Backends.Inventory;
using Bff.Domains.Common;
using Bff.Domains.Inventory;
using Bff.GraphQL.Server;

namespace Bff.Domains;

/// <summary>The inventory module: <c>Product.stock</c>, stores (<c>inventory.graphql</c>). Needs the catalog module.</summary>
public static class InventoryModule
{
    internal const string Backend = InventoryClientOptions.BackendName;
    internal const string StockPolicy = "stock";
    internal const string StorePolicy = "store";

    /// <summary>Adds <c>Product.stock</c>, <c>Query.stores/store</c>; needs <see cref="IInventoryClient"/> and <c>BffCache</c>.</summary>
    public static GraphQLServerBuilder AddInventoryModule(this GraphQLServerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        // Stock moves with every sale: 5 s fresh; a minute-old figure is better than none while inventory is down.
        DomainPolicies.AddDefaults(builder.Services,
            (StockPolicy, TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(1)),
            (StorePolicy, TimeSpan.FromHours(1), TimeSpan.FromHours(6)));
        return builder.AddModuleSdl("inventory.graphql")
            .AddDataLoader<StockByProductIdDataLoader>()
            .BindRuntimeType<StockLevel>("Stock")
            .BindRuntimeType<StoreStock>("StoreStock")
            .BindRuntimeType<Store>("Store")
            .AddResolver("Product", "stock", ctx => InventoryResolvers.StockAsync(
                ctx.ParentAs<Product>(), ctx.Loader<StockByProductIdDataLoader>(), ctx))
            .AddResolver("Query", "stores", ctx => InventoryResolvers.StoresAsync(ctx.Loader<IInventoryClient>(), ctx))
            .AddResolver("Query", "store", ctx => InventoryResolvers.StoreAsync(
                ctx.Argument("id", Ids.Store), ctx.Loader<IInventoryClient>(), ctx))
            .AddResolver("StoreStock", "store", ctx => InventoryResolvers.StoreAsync(
                ctx.ParentAs<StoreStock>().StoreId, ctx.Loader<IInventoryClient>(), ctx));
    }
}
