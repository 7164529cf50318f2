namespace Bff.Aggregator;

/// <summary>
/// The mobile product screen: the product, its price, stock, rating, three latest reviews and four similar items at
/// once (six calls), then the similar items' products and prices (two more).
/// </summary>
internal sealed class ProductDetailScreen(CatalogClient catalog, PricingClient pricing, InventoryClient inventory, ReviewsClient reviews, RecommendationsClient recommendations)
{
    private const int TopReviews = 3;
    private const int Similar = 4;
    private const int SimilarImageWidth = 160;

    public async Task<Response<ProductDetailData>> GetAsync(string id, int imageWidth, double density, int summaryLength, CancellationToken ct)
    {
        var product = catalog.ProductAsync(id, ct);
        var price = pricing.PriceAsync(id, ct);
        var stock = inventory.StockAsync(id, ct);
        var rating = reviews.RatingAsync(id, ct);
        var latest = reviews.LatestAsync(id, TopReviews, ct);
        var similar = recommendations.SimilarAsync(id, Similar, ct);
        await Task.WhenAll(product, price, stock, rating, latest, similar).ConfigureAwait(false);

        var p = await product.ConfigureAwait(false);
        if (p is null)
        {
            return new(new ProductDetailData(null));
        }

        var similarIds = (await similar.ConfigureAwait(false))?.Items.Select(r => r.ProductId).ToArray() ?? [];
        var (similarProducts, similarPrices) = similarIds.Length == 0
            ? ([], [])
            : await LoadAsync(similarIds, ct).ConfigureAwait(false);

        var s = await stock.ConfigureAwait(false);
        var r = await rating.ConfigureAwait(false);
        var pr = await price.ConfigureAwait(false);
        return new(new ProductDetailData(new DetailProduct(
            p.Id,
            p.Name,
            p.Brand,
            Shaping.ImageUrl(p, imageWidth, density),
            Shaping.Summary(p.Description, summaryLength),
            pr is null ? null : new DetailPrice(pr.Amount, pr.ListPrice, pr.DiscountPercent, pr.Currency),
            s?.InStock,
            r is null ? null : new ShortRating(r.Average, r.Count),
            (await latest.ConfigureAwait(false))?.Latest.Take(TopReviews)
                .Select(v => new DetailReview(v.Id, v.AuthorName, v.Rating, v.Title, Shaping.Instant(v.CreatedAt))).ToArray(),
            (await similar.ConfigureAwait(false))?.Items.Select(item => new SimilarItem(
                similarProducts.TryGetValue(item.ProductId, out var sp)
                    ? new SimilarProduct(sp.Id, sp.Name, Shaping.ImageUrl(sp, SimilarImageWidth, density),
                        similarPrices.TryGetValue(sp.Id, out var spp) ? new ShortPrice(spp.Amount, spp.Currency) : null)
                    : null)).ToArray())));
    }

    private async Task<(Dictionary<string, Product>, Dictionary<string, Price>)> LoadAsync(string[] ids, CancellationToken ct)
    {
        var products = catalog.ProductsAsync(ids, ct);
        var prices = pricing.PricesAsync(ids, ct);
        await Task.WhenAll(products, prices).ConfigureAwait(false);
        return (
            (await products.ConfigureAwait(false) ?? []).ToDictionary(p => p.Id),
            (await prices.ConfigureAwait(false) ?? []).ToDictionary(p => p.ProductId));
    }
}
