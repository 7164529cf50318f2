namespace Bff.Aggregator;

/// <summary>
/// The web product page: the product, its price, stock, the stores, rating, three latest reviews and four
/// recommendations at once (seven calls), then the product's category and the recommended products with their
/// prices and stock (four more).
/// </summary>
internal sealed class ProductPageScreen(CatalogClient catalog, PricingClient pricing, InventoryClient inventory, ReviewsClient reviews, RecommendationsClient recommendations)
{
    private const int Reviews = 3;
    private const int Recommendations = 4;

    public async Task<Response<ProductPageData>> GetAsync(string id, CancellationToken ct)
    {
        var product = catalog.ProductAsync(id, ct);
        var price = pricing.PriceAsync(id, ct);
        var stock = inventory.StockAsync(id, ct);
        var stores = inventory.StoresAsync(ct);
        var rating = reviews.RatingAsync(id, ct);
        var latest = reviews.LatestAsync(id, Reviews, ct);
        var similar = recommendations.SimilarAsync(id, Recommendations, ct);
        await Task.WhenAll(product, price, stock, stores, rating, latest, similar).ConfigureAwait(false);

        var p = await product.ConfigureAwait(false);
        if (p is null)
        {
            return new(new ProductPageData(null));
        }

        var recommended = (await similar.ConfigureAwait(false))?.Items ?? [];
        var ids = recommended.Select(r => r.ProductId).ToArray();
        var category = catalog.CategoryAsync(p.CategoryId, ct);
        var products = ids.Length == 0 ? Task.FromResult<IReadOnlyList<Product>?>([]) : catalog.ProductsAsync(ids, ct);
        var prices = ids.Length == 0 ? Task.FromResult<IReadOnlyList<Price>?>([]) : pricing.PricesAsync(ids, ct);
        var stocks = ids.Length == 0 ? Task.FromResult<IReadOnlyList<StockLevel>?>([]) : inventory.StocksAsync(ids, ct);
        await Task.WhenAll(category, products, prices, stocks).ConfigureAwait(false);

        var storeById = (await stores.ConfigureAwait(false) ?? []).ToDictionary(s => s.Id);
        var productById = (await products.ConfigureAwait(false) ?? []).ToDictionary(x => x.Id);
        var priceById = (await prices.ConfigureAwait(false) ?? []).ToDictionary(x => x.ProductId);
        var stockById = (await stocks.ConfigureAwait(false) ?? []).ToDictionary(x => x.ProductId);
        var c = await category.ConfigureAwait(false);
        var pr = await price.ConfigureAwait(false);
        var s = await stock.ConfigureAwait(false);
        var r = await rating.ConfigureAwait(false);
        var l = await latest.ConfigureAwait(false);

        return new(new ProductPageData(new ProductPage(
            new PageProduct(p.Id, p.Name, p.Brand, c is null ? null : new CategoryName(c.Name),
                p.Images.Select(i => new PageImage(i.Variants.Select(v => new PageImageVariant(v.Size, v.Url)).ToArray())).ToArray()),
            pr is null ? null : new PagePrice(pr.Amount, pr.ListPrice, pr.Currency),
            s is null ? null : new PageStock(s.TotalQuantity, s.InStock, s.Stores
                .Select(x => new PageStoreStock(x.StoreId, x.Quantity, storeById.TryGetValue(x.StoreId, out var store) ? new StoreName(store.Name, store.City) : null))
                .ToArray()),
            r is null ? null : new PageRating(r.Average, r.Count, new PageDistribution(r.Distribution.One, r.Distribution.Five)),
            l is null ? null : new PageReviews(l.TotalCount, l.Latest.Take(Reviews)
                .Select(v => new PageReview(v.AuthorName, v.Rating, v.Title, Shaping.Instant(v.CreatedAt))).ToArray()),
            recommended.Select(x => new PageRecommendation(x.Score, productById.TryGetValue(x.ProductId, out var rp)
                ? new RecommendedProduct(rp.Id, rp.Name,
                    priceById.TryGetValue(rp.Id, out var rpp) ? new AmountOnly(rpp.Amount) : null,
                    stockById.TryGetValue(rp.Id, out var rps) ? new InStockOnly(rps.InStock) : null)
                : null)).ToArray())));
    }
}
