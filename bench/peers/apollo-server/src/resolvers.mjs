// Resolvers: thin, over the per-request loaders and data sources in the context ({ api, loaders }).
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { inRange, pickImage, cutSummary, MAX_WIDTH, MAX_DENSITY, MIN_SUMMARY, MAX_SUMMARY } from './shaping.mjs';

const MAX_IDS = 100;

const DateTime = new GraphQLScalarType({
  name: 'DateTime',
  description: 'An instant in UTC, ISO 8601 with milliseconds.',
  serialize: (value) => new Date(value).toISOString(),
  parseValue: (value) => {
    const date = new Date(value);
    if (typeof value !== 'string' || Number.isNaN(date.getTime())) throw new GraphQLError('DateTime must be ISO 8601.');
    return date;
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING || Number.isNaN(new Date(ast.value).getTime())) {
      throw new GraphQLError('DateTime must be an ISO 8601 string.');
    }
    return new Date(ast.value);
  },
});

async function similar(productId, first, max, { api }) {
  inRange('first', first, 1, max);
  const result = await api.recommendations.getSimilar(productId, first);
  return result?.items ?? null;
}

async function reviewList(productId, first, { api }) {
  inRange('first', first, 1, 20);
  const page = await api.reviews.getReviewPage(productId, 1, first);
  return page && { totalCount: page.totalCount, items: page.items };
}

export const resolvers = {
  DateTime,

  Query: {
    product: (_, { id }, { loaders }) => loaders.product.load(id),
    products: (_, { ids }, { loaders }) => {
      if (ids.length > MAX_IDS) {
        throw new GraphQLError(`At most ${MAX_IDS} ids.`, { extensions: { code: 'BAD_USER_INPUT', argument: 'ids' } });
      }
      return loaders.product.loadMany(ids);
    },
    // The page's value is the product itself; its parts resolve from it.
    productPage: (_, { id }, { loaders }) => loaders.product.load(id),
  },

  Product: {
    category: (product, _, { loaders }) => loaders.category.load(product.categoryId),
    price: (product, _, { loaders }) => loaders.price.load(product.id),
    stock: (product, _, { loaders }) => loaders.stock.load(product.id),
    rating: (product, _, { loaders }) => loaders.rating.load(product.id),
    reviews: (product, { first }, context) => reviewList(product.id, first, context),
    recommendations: (product, { first }, context) => similar(product.id, first, 20, context),
    similar: (product, { first }, context) => similar(product.id, first, 10, context),
    imageUrl: (product, { width, density }) =>
      pickImage(product, inRange('width', width, 1, MAX_WIDTH), inRange('density', density, 1, MAX_DENSITY)),
    summary: (product, { maxLength }) => cutSummary(product.description, inRange('maxLength', maxLength, MIN_SUMMARY, MAX_SUMMARY)),
    available: async (product, _, { loaders }) => (await loaders.stock.load(product.id))?.inStock ?? null,
    topReviews: async (product, _, { loaders }) => (await loaders.topReviews.load(product.id))?.latest ?? null,
  },

  ProductPage: {
    product: (product) => product,
    price: (product, _, { loaders }) => loaders.price.load(product.id),
    stock: (product, _, { loaders }) => loaders.stock.load(product.id),
    rating: (product, _, { loaders }) => loaders.rating.load(product.id),
    reviews: (product, { first }, context) => reviewList(product.id, first, context),
    recommendations: (product, { first }, context) => similar(product.id, first, 20, context),
  },

  Recommendation: {
    product: (recommendation, _, { loaders }) => loaders.product.load(recommendation.productId),
  },

  StoreStock: {
    // All stores in one call per request (RESTDataSource de-duplicates the concurrent GETs of one request).
    store: async (storeStock, _, { api }) => (await api.inventory.getStores()).find((s) => s.id === storeStock.storeId) ?? null,
  },
};
