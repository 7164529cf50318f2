using Bff.Backends.Http;
using Refit;

namespace Bff.Backends.Pricing;

/// <summary>The pricing backend: current prices by product id.</summary>
public interface IPricingClient
{
    /// <summary>Prices of up to 100 products in one call; unknown ids are absent from the result.</summary>
    [Get("/prices")]
    Task<IReadOnlyList<Price>> GetPricesAsync(IEnumerable<string> productIds, CancellationToken cancellationToken = default);

    /// <summary>The price of one product, or null when the product is unknown.</summary>
    [Get("/prices/{productId}")]
    [NullOn404]
    Task<Price?> GetPriceAsync(string productId, CancellationToken cancellationToken = default);
}
