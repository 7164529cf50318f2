using Bff.Backends.Catalog;
using Bff.Domains.Catalog;
using Bff.Domains.Common;
using Bff.GraphQL.Server;

namespace Bff.Domains;

/// <summary>The catalog module: products, categories and search (<c>catalog.graphql</c>).</summary>
public static class CatalogModule
{
    internal const string Backend = CatalogClientOptions.BackendName;
    internal const string ProductPolicy = "product";
    internal const string CategoryPolicy = "category";
    internal const string SearchPolicy = "search";

    /// <summary>
    /// Adds <c>Query.product/products/searchProducts/categories/category</c> and the <c>Product</c> type the other
    /// modules extend. Needs <see cref="ICatalogClient"/> and <c>BffCache</c> registered by the BFF.
    /// </summary>
    public static GraphQLServerBuilder AddCatalogModule(this GraphQLServerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        // Products change rarely and are safe to show late; search results and facets move with stock and prices.
        DomainPolicies.AddDefaults(builder.Services,
            (ProductPolicy, TimeSpan.FromMinutes(5), TimeSpan.FromHours(1)),
            (CategoryPolicy, TimeSpan.FromHours(1), TimeSpan.FromHours(6)),
            (SearchPolicy, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(10)));
        return builder.AddModuleSdl("catalog.graphql")
            .AddDataLoader<ProductByIdDataLoader>()
            .AddDataLoader<CategoryByIdDataLoader>()
            .BindRuntimeType<Product>("Product")
            .BindRuntimeType<ProductImage>("ProductImage")
            .BindRuntimeType<ImageVariant>("ImageVariant")
            .BindRuntimeType<ProductAttribute>("ProductAttribute")
            .BindRuntimeType<Category>("Category")
            .BindRuntimeType<SearchConnection>("ProductConnection")
            .BindRuntimeType<Edge<Product>>("ProductEdge")
            .BindRuntimeType<SearchFacets>("SearchFacets")
            .BindRuntimeType<FacetValue>("FacetValue")
            .AddResolver("Query", "product", ctx => CatalogResolvers.ProductAsync(
                ctx.Argument("id", Ids.Product), ctx.Loader<ProductByIdDataLoader>(), ctx))
            .AddResolver("Query", "products", ctx => CatalogResolvers.ProductsAsync(
                CatalogResolvers.IdsArgument(ctx), ctx.Loader<ProductByIdDataLoader>(), ctx))
            .AddResolver("Query", "searchProducts", ctx => SearchResolver.SearchAsync(
                SearchResolver.Arguments(ctx), ctx.Loader<ICatalogClient>(), ctx))
            .AddResolver("Query", "categories", ctx => CatalogResolvers.CategoriesAsync(ctx.Loader<ICatalogClient>(), ctx))
            .AddResolver("Query", "category", ctx => CatalogResolvers.CategoryAsync(
                ctx.Argument("id", Ids.Category), ctx.Loader<CategoryByIdDataLoader>(), ctx))
            .AddResolver("Product", "category", ctx => CatalogResolvers.CategoryOfAsync(
                ctx.ParentAs<Product>(), ctx.Loader<CategoryByIdDataLoader>(), ctx));
    }
}
