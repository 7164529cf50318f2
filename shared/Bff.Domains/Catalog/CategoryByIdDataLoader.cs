using Bff.Backends.Catalog;
using Bff.Caching;
using Bff.Domains.Common;
using Bff.GraphQL.DataLoader;

namespace Bff.Domains.Catalog;

/// <summary>Categories by id over <c>GET /categories?ids=</c>.</summary>
internal sealed class CategoryByIdDataLoader(BatchScheduler scheduler, BffCache cache, ICatalogClient client)
    : CachedBatchDataLoader<Category>(scheduler, cache, CatalogModule.Backend, CatalogModule.CategoryPolicy)
{
    protected override CacheKey KeyOf(string id) => CacheKeys.Public(CatalogModule.Backend, "category-v1", id);

    protected override string IdOf(Category value) => value.Id;

    protected override async Task<IEnumerable<Category>> FetchAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken) =>
        await client.GetCategoriesAsync(ids, cancellationToken).ConfigureAwait(false);
}
