namespace Bff.Aggregator;

/// <summary>
/// The ten-product list (bff-mobile's RecentlyViewed): the products, their prices, stock and ratings, one batch call
/// each, all at once.
/// </summary>
internal sealed class ProductListScreen(CatalogClient catalog, PricingClient pricing, InventoryClient inventory, ReviewsClient reviews)
{
    /// <summary>The BFFs' limit on <c>products(ids:)</c>.</summary>
    public const int MaxIds = 100;

    public async Task<Response<ProductListData>> GetAsync(IReadOnlyList<string> ids, int imageWidth, double density, CancellationToken ct)
    {
        var distinct = ids.Distinct(StringComparer.Ordinal).ToArray();
        var products = catalog.ProductsAsync(distinct, ct);
        var prices = pricing.PricesAsync(distinct, ct);
        var stocks = inventory.StocksAsync(distinct, ct);
        var ratings = reviews.RatingsAsync(distinct, ct);
        await Task.WhenAll(products, prices, stocks, ratings).ConfigureAwait(false);

        var productById = (await products.ConfigureAwait(false) ?? []).ToDictionary(x => x.Id);
        var priceById = (await prices.ConfigureAwait(false) ?? []).ToDictionary(x => x.ProductId);
        var stockById = (await stocks.ConfigureAwait(false) ?? []).ToDictionary(x => x.ProductId);
        var ratingById = (await ratings.ConfigureAwait(false) ?? []).ToDictionary(x => x.ProductId);
        return new(new ProductListData(ids.Select(id => productById.TryGetValue(id, out var p)
            ? new ListProduct(p.Id, p.Name, p.Brand, Shaping.ImageUrl(p, imageWidth, density),
                priceById.TryGetValue(id, out var price) ? new ShortPrice(price.Amount, price.Currency) : null,
                stockById.TryGetValue(id, out var stock) ? stock.InStock : null,
                ratingById.TryGetValue(id, out var rating) ? new ShortRating(rating.Average, rating.Count) : null)
            : null).ToArray()));
    }
}
