using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bff.Aggregator;

/// <summary>What the demo backends send.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(Product))]
[JsonSerializable(typeof(IReadOnlyList<Product>))]
[JsonSerializable(typeof(Category))]
[JsonSerializable(typeof(Price))]
[JsonSerializable(typeof(IReadOnlyList<Price>))]
[JsonSerializable(typeof(StockLevel))]
[JsonSerializable(typeof(IReadOnlyList<StockLevel>))]
[JsonSerializable(typeof(IReadOnlyList<Store>))]
[JsonSerializable(typeof(RatingSummary))]
[JsonSerializable(typeof(IReadOnlyList<RatingSummary>))]
[JsonSerializable(typeof(IReadOnlyList<ProductReviews>))]
[JsonSerializable(typeof(ProductRecommendations))]
internal sealed partial class BackendJsonContext : JsonSerializerContext;

/// <summary>What the screens answer: camelCase, nulls written.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(Response<ProductDetailData>))]
[JsonSerializable(typeof(Response<ProductPageData>))]
[JsonSerializable(typeof(Response<ProductListData>))]
internal sealed partial class ScreenJsonContext : JsonSerializerContext;
