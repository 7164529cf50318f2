using Bff.Backends.Pricing;
using Bff.Caching;
using Bff.Domains.Common;
using Bff.GraphQL.DataLoader;

namespace Bff.Domains.Pricing;

/// <summary>Prices by product id over <c>GET /prices?productIds=</c>.</summary>
internal sealed class PriceByProductIdDataLoader(BatchScheduler scheduler, BffCache cache, IPricingClient client)
    : CachedBatchDataLoader<Price>(scheduler, cache, PricingModule.Backend, PricingModule.PricePolicy)
{
    protected override CacheKey KeyOf(string id) => CacheKeys.Public(PricingModule.Backend, "price-v1", id);

    protected override string IdOf(Price value) => value.ProductId;

    protected override async Task<IEnumerable<Price>> FetchAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken) =>
        await client.GetPricesAsync(ids, cancellationToken).ConfigureAwait(false);
}
