import { createFilterTransform, defineConfig } from '@graphql-mesh/compose-cli';
import { loadOpenAPISubgraph } from '@omnigraph/openapi';

const base = Number(process.env.BACKENDS_BASE);
if (!Number.isInteger(base) || base <= 0) throw new Error('BACKENDS_BASE must be set (the demo backends are on BACKENDS_BASE+1..+9)');

// One subgraph per REST service the screens read, from the document the service serves while it runs.
// Offsets as bench/bffs/run.sh starts the demo backends: Catalog +1, Inventory +2, Pricing +3, Reviews +4, Recommendations +8.
const service = (name: string, offset: number) => ({
  sourceHandler: loadOpenAPISubgraph(name, {
    source: `http://127.0.0.1:${base + offset}/openapi/v1.json`,
    endpoint: `http://127.0.0.1:${base + offset}`,
    // 4xx/5xx answers become GraphQL errors instead of union members (Product | ProblemDetails) on every field.
    ignoreErrorResponses: true,
  }),
  // The fault-injection admin API is on every service; its read is not part of the product graph (its two writes stay:
  // composition refuses a Mutation type with every field hidden).
  transforms: [createFilterTransform({ rootFieldFilter: (type: string, field: string) => type !== 'Query' || field !== 'admin_faults' })],
});

export const composeConfig = defineConfig({
  subgraphs: [
    service('Catalog', 1),
    service('Inventory', 2),
    service('Pricing', 3),
    service('Reviews', 4),
    service('Recommendations', 8),
  ],
  additionalTypeDefs: /* GraphQL */ `
    # Cross-service fields. Where the REST side has a batch endpoint the field is batched: keyField is the key read
    # from the parent, keysArg the batch parameter it is sent in, valueKeyField the field matching answers to keys
    # (the backends leave unknown ids out, so answers are matched by key, not by position).
    extend type Product {
      price: Price @resolveTo(sourceName: "Pricing", sourceTypeName: "Query", sourceFieldName: "prices",
        requiredSelectionSet: "{ id }", keyField: "id", keysArg: "productIds", valueKeyField: "productId")
      stock: StockLevel @resolveTo(sourceName: "Inventory", sourceTypeName: "Query", sourceFieldName: "stock",
        requiredSelectionSet: "{ id }", keyField: "id", keysArg: "productIds", valueKeyField: "productId")
      rating: RatingSummary @resolveTo(sourceName: "Reviews", sourceTypeName: "Query", sourceFieldName: "ratings",
        requiredSelectionSet: "{ id }", keyField: "id", keysArg: "productIds", valueKeyField: "productId")
      "The three latest reviews (GET /reviews?productIds=&limit=3, as bff-mobile's topReviews)."
      latestReviews: ProductReviews @resolveTo(sourceName: "Reviews", sourceTypeName: "Query", sourceFieldName: "reviews",
        requiredSelectionSet: "{ id }", keyField: "id", keysArg: "productIds", valueKeyField: "productId",
        additionalArgs: { limit: 3 })
      "A page of reviews (GET /products/{id}/reviews, as bff-web's reviews connection)."
      reviewPage(page: Int!, pageSize: Int!): PagedOfReview @resolveTo(sourceName: "Reviews", sourceTypeName: "Query",
        sourceFieldName: "products_by_productId_reviews", requiredSelectionSet: "{ id }",
        sourceArgs: { productId: "{root.id}", page: "{args.page}", pageSize: "{args.pageSize}" })
      category: Category @resolveTo(sourceName: "Catalog", sourceTypeName: "Query", sourceFieldName: "categories_by_id",
        requiredSelectionSet: "{ categoryId }", sourceArgs: { id: "{root.categoryId}" })
      recommendations(limit: Int!): ProductRecommendations @resolveTo(sourceName: "Recommendations",
        sourceTypeName: "Query", sourceFieldName: "recommendations_products_by_productId", requiredSelectionSet: "{ id }",
        sourceArgs: { productId: "{root.id}", limit: "{args.limit}" })
    }
    extend type Recommendation {
      product: Product @resolveTo(sourceName: "Catalog", sourceTypeName: "Query", sourceFieldName: "products",
        requiredSelectionSet: "{ productId }", keyField: "productId", keysArg: "ids", valueKeyField: "id")
    }
    extend type StockLevel {
      "Every store (GET /stores has no ids parameter): the client joins stores[].storeId to it, as bff-web does inside."
      storeDirectory: [Store] @resolveTo(sourceName: "Inventory", sourceTypeName: "Query", sourceFieldName: "stores")
    }
  `,
});
