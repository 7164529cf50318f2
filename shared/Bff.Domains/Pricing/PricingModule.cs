using Bff.Backends.Catalog;
using Bff.Backends.Pricing;
using Bff.Domains.Common;
using Bff.Domains.Pricing;
using Bff.GraphQL.Execution;
using Bff.GraphQL.Server;

namespace Bff.Domains;

/// <summary>The pricing module: <c>Product.price</c> (<c>pricing.graphql</c>). Needs the catalog module.</summary>
public static class PricingModule
{
    internal const string Backend = PricingClientOptions.BackendName;
    internal const string PricePolicy = "price";

    /// <summary>Adds <c>Product.price</c> and <c>Price</c>; needs <see cref="IPricingClient"/> and <c>BffCache</c>.</summary>
    public static GraphQLServerBuilder AddPricingModule(this GraphQLServerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        // Prices change during the day: 30 s fresh, and a 5-minute-old price only when pricing is down.
        DomainPolicies.AddDefaults(builder.Services, (PricePolicy, TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(5)));
        return builder.AddModuleSdl("pricing.graphql")
            .AddDataLoader<PriceByProductIdDataLoader>()
            .BindRuntimeType<Price>("Price")
            .AddResolver("Product", "price", ctx => PriceAsync(ctx.ParentAs<Product>(), ctx.Loader<PriceByProductIdDataLoader>(), ctx));
    }

    internal static Task<Price?> PriceAsync(Product product, PriceByProductIdDataLoader prices, IResolverContext context) =>
        prices.LoadValueAsync(context, product.Id);
}
