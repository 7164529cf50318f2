// The schema: the part of bff-mobile's and bff-web's schemas that the three benchmark screens read, with the same type,
// field and argument names, so the queries are the same text as theirs. One schema serves both screens (our BFFs are
// two processes with two schemas; a Node team with one BFF would merge them like this).
export const typeDefs = /* GraphQL */ `
  "An instant in UTC, ISO 8601 with milliseconds: 2024-01-15T10:30:00.000Z."
  scalar DateTime

  type Query {
    "One product; null when no product has this id."
    product(id: ID!): Product
    "Products by id (at most 100), in the order asked; null for an unknown id."
    products(ids: [ID!]!): [Product]
    "Everything the web product page shows. Null when no product has this id."
    productPage(id: ID!): ProductPage
  }

  type Product {
    id: ID!
    name: String!
    description: String!
    brand: String!
    category: Category
    images: [ProductImage!]!
    price: Price
    stock: Stock
    rating: RatingSummary
    "The latest reviews, newest first; first is 1..20."
    reviews(first: Int = 3): ReviewList
    "Similar products, best first; first is 1..20."
    recommendations(first: Int = 8): [Recommendation!]
    "The app's name for recommendations; first is 1..10."
    similar(first: Int = 8): [Recommendation!]
    "The smallest image variant at least width x density pixels wide (else the largest); width 1..4000, density 1..4."
    imageUrl(width: Int!, density: Float = 1): String
    "The description cut at a word boundary to at most maxLength (20..1000) characters, ending in … when cut."
    summary(maxLength: Int = 140): String
    "Whether any store has the product."
    available: Boolean
    "The three latest reviews, newest first."
    topReviews: [Review!]
  }

  type ProductImage {
    alt: String!
    variants: [ImageVariant!]!
  }

  type ImageVariant {
    size: String!
    width: Int!
    height: Int!
    url: String!
  }

  type Category {
    id: ID!
    name: String!
    slug: String!
    productCount: Int!
  }

  type Price {
    amount: Float!
    listPrice: Float!
    discountPercent: Int!
    discount: Float!
    currency: String!
  }

  type Stock {
    totalQuantity: Int!
    inStock: Boolean!
    stores: [StoreStock!]!
  }

  type StoreStock {
    storeId: ID!
    quantity: Int!
    store: Store
  }

  type Store {
    id: ID!
    name: String!
    city: String!
    country: String!
  }

  type RatingSummary {
    average: Float!
    count: Int!
    distribution: RatingCounts!
  }

  type RatingCounts {
    one: Int!
    two: Int!
    three: Int!
    four: Int!
    five: Int!
  }

  type ReviewList {
    totalCount: Int!
    items: [Review!]!
  }

  type Review {
    id: ID!
    authorName: String!
    rating: Int!
    title: String!
    body: String!
    createdAt: DateTime!
  }

  type Recommendation {
    score: Float!
    reason: String!
    product: Product
  }

  "The web product page: the product and its parts, each null only when its own backend cannot say."
  type ProductPage {
    product: Product!
    price: Price
    stock: Stock
    rating: RatingSummary
    "The latest reviews, newest first; first is 1..20."
    reviews(first: Int = 5): ReviewList
    "Similar products, best first; first is 1..20."
    recommendations(first: Int = 8): [Recommendation!]
  }
`;
