using Bff.Backends.Catalog;
using Bff.Caching;
using Bff.Domains.Common;
using Bff.GraphQL.Execution;

namespace Bff.Domains.Catalog;

/// <summary>The catalog's fields: parent (or checked arguments) first, DataLoader next.</summary>
internal static class CatalogResolvers
{
    private const int MaxIds = 100;

    public static Task<Product?> ProductAsync(string id, ProductByIdDataLoader products, IResolverContext context) =>
        products.LoadValueAsync(context, id);

    public static async Task<IReadOnlyList<Product?>> ProductsAsync(
        IReadOnlyList<string> ids, ProductByIdDataLoader products, IResolverContext context)
    {
        var loads = ids.Select(id => products.LoadValueAsync(context, id));
        return await Task.WhenAll(loads).ConfigureAwait(false);
    }

    public static Task<Category?> CategoryOfAsync(Product product, CategoryByIdDataLoader categories, IResolverContext context) =>
        categories.LoadValueAsync(context, product.CategoryId);

    public static Task<Category?> CategoryAsync(string id, CategoryByIdDataLoader categories, IResolverContext context) =>
        categories.LoadValueAsync(context, id);

    public static Task<IReadOnlyList<Category>> CategoriesAsync(ICatalogClient client, IResolverContext context) =>
        CachedRead.GetAsync(
            context, CatalogModule.Backend, CacheKeys.Public(CatalogModule.Backend, "categories-v1", "all"),
            CatalogModule.CategoryPolicy, ct => client.GetCategoriesAsync(null, ct));

    /// <summary>The ids of <c>products(ids:)</c>, each checked, before any load.</summary>
    public static IReadOnlyList<string> IdsArgument(IResolverContext context) =>
        Ids.Product.CheckAll(context.ArgumentValue<string[]>("ids"), "ids", MaxIds);
}
