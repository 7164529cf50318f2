// One RESTDataSource per demo backend, one method per endpoint the screens read. Instances are per request (made in
// the context function), so RESTDataSource's GET de-duplication is per request; its HTTP cache is the KeyValueCache
// passed in (see server.mjs).
import http from 'node:http';
import { RESTDataSource } from '@apollo/datasource-rest';
import fetch from 'node-fetch';

// Keep-alive connections to each backend, shared by every request (Node's global agent would also keep alive since
// Node 19; an explicit agent states it and bounds the pool).
const agents = new Map();

// node-fetch waits for ever by default; a hung backend would hold the request (and its socket) without end.
const CALL_TIMEOUT_MS = 5000;

function keepAliveFetch(origin) {
  if (!agents.has(origin)) {
    agents.set(origin, new http.Agent({ keepAlive: true, maxSockets: 64 }));
  }
  const agent = agents.get(origin);
  return (url, init) => fetch(url, { ...init, agent, timeout: CALL_TIMEOUT_MS });
}

function isNotFound(error) {
  return error?.extensions?.response?.status === 404;
}

// A one-resource GET whose 404 means "no such thing": null, not an error.
async function orNull(promise) {
  try {
    return await promise;
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

class DemoBackend extends RESTDataSource {
  constructor(baseURL, cache) {
    super({ cache, fetch: keepAliveFetch(baseURL) });
    this.baseURL = baseURL;
  }
}

export class CatalogAPI extends DemoBackend {
  getProduct(id) {
    return orNull(this.get(`products/${encodeURIComponent(id)}`));
  }

  getProducts(ids) {
    return this.get('products', { params: { ids: ids.join(',') } });
  }

  getCategory(id) {
    return orNull(this.get(`categories/${encodeURIComponent(id)}`));
  }

  getCategories(ids) {
    return this.get('categories', { params: { ids: ids.join(',') } });
  }
}

export class PricingAPI extends DemoBackend {
  getPrice(productId) {
    return orNull(this.get(`prices/${encodeURIComponent(productId)}`));
  }

  getPrices(productIds) {
    return this.get('prices', { params: { productIds: productIds.join(',') } });
  }
}

export class InventoryAPI extends DemoBackend {
  getStock(productId) {
    return orNull(this.get(`stock/${encodeURIComponent(productId)}`));
  }

  getStocks(productIds) {
    return this.get('stock', { params: { productIds: productIds.join(',') } });
  }

  getStores() {
    return this.get('stores');
  }
}

export class ReviewsAPI extends DemoBackend {
  getRating(productId) {
    return orNull(this.get(`ratings/${encodeURIComponent(productId)}`));
  }

  getRatings(productIds) {
    return this.get('ratings', { params: { productIds: productIds.join(',') } });
  }

  // The latest `limit` reviews of several products: [{ productId, totalCount, latest }].
  getLatestReviews(productIds, limit) {
    return this.get('reviews', { params: { productIds: productIds.join(','), limit: String(limit) } });
  }

  // One page of a product's reviews: { items, page, pageSize, totalCount }.
  getReviewPage(productId, page, pageSize) {
    return orNull(this.get(`products/${encodeURIComponent(productId)}/reviews`, {
      params: { page: String(page), pageSize: String(pageSize) },
    }));
  }
}

export class RecommendationsAPI extends DemoBackend {
  // { productId, items: [{ productId, score, reason }] }
  getSimilar(productId, limit) {
    return orNull(this.get(`recommendations/products/${encodeURIComponent(productId)}`, {
      params: { limit: String(limit) },
    }));
  }
}

// The backends in the order bench/bffs/run.sh gives them ports: service i listens on base + 1 + i.
const SERVICES = ['Catalog', 'Inventory', 'Pricing', 'Reviews', 'Users', 'Orders', 'Cart', 'Recommendations', 'Notifications'];

export function backendUrls(base) {
  const url = (name) => `http://127.0.0.1:${base + 1 + SERVICES.indexOf(name)}/`;
  return {
    catalog: url('Catalog'),
    inventory: url('Inventory'),
    pricing: url('Pricing'),
    reviews: url('Reviews'),
    recommendations: url('Recommendations'),
  };
}

export function createDataSources(urls, cache) {
  return {
    catalog: new CatalogAPI(urls.catalog, cache),
    pricing: new PricingAPI(urls.pricing, cache),
    inventory: new InventoryAPI(urls.inventory, cache),
    reviews: new ReviewsAPI(urls.reviews, cache),
    recommendations: new RecommendationsAPI(urls.recommendations, cache),
  };
}
