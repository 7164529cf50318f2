using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bff.Backends.Recommendations;

/// <summary>Source-generated JSON metadata for the recommendations contract (camelCase, as the backend writes it).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ProductRecommendations))]
[JsonSerializable(typeof(IReadOnlyList<ProductRecommendations>))]
[JsonSerializable(typeof(UserRecommendations))]
public sealed partial class RecommendationsJsonContext : JsonSerializerContext;
