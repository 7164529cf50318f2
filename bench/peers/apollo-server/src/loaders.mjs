// Per-request DataLoaders over the data sources: every product/price/stock/rating wanted in one tick of a request
// becomes one backend call. A batch of one uses the backend's one-resource endpoint (/prices/42), a larger batch its
// batch endpoint (/prices?productIds=1,2,3); batch endpoints leave unknown ids out, so results are matched by id.
import DataLoader from 'dataloader';

// The backends take at most 100 ids per batch call.
const MAX_BATCH = 100;

function byKey(keys, values, idOf) {
  const found = new Map(values.map((value) => [idOf(value), value]));
  return keys.map((key) => found.get(key) ?? null);
}

function loader(one, many, idOf) {
  return new DataLoader(
    async (keys) => (keys.length === 1 ? [await one(keys[0])] : byKey(keys, await many(keys), idOf)),
    { maxBatchSize: MAX_BATCH },
  );
}

export function createLoaders(api) {
  return {
    product: loader((id) => api.catalog.getProduct(id), (ids) => api.catalog.getProducts(ids), (p) => p.id),
    category: loader((id) => api.catalog.getCategory(id), (ids) => api.catalog.getCategories(ids), (c) => c.id),
    price: loader((id) => api.pricing.getPrice(id), (ids) => api.pricing.getPrices(ids), (p) => p.productId),
    stock: loader((id) => api.inventory.getStock(id), (ids) => api.inventory.getStocks(ids), (s) => s.productId),
    rating: loader((id) => api.reviews.getRating(id), (ids) => api.reviews.getRatings(ids), (r) => r.productId),
    // The three latest reviews of each product (the app's topReviews), over the batch endpoint only.
    topReviews: new DataLoader(
      async (ids) => byKey(ids, await api.reviews.getLatestReviews(ids, 3), (r) => r.productId),
      { maxBatchSize: MAX_BATCH },
    ),
  };
}
