using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bff.Backends.Reviews;

/// <summary>Source-generated JSON metadata for the reviews contract (camelCase, as the backend writes it).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(Paged<Review>))]
[JsonSerializable(typeof(IReadOnlyList<ProductReviews>))]
[JsonSerializable(typeof(RatingSummary))]
[JsonSerializable(typeof(IReadOnlyList<RatingSummary>))]
public sealed partial class ReviewsJsonContext : JsonSerializerContext;
