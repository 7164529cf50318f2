using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bff.Backends.Pricing;

/// <summary>Source-generated JSON metadata for the pricing contract (camelCase, as the backend writes it).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(Price))]
[JsonSerializable(typeof(IReadOnlyList<Price>))]
public sealed partial class PricingJsonContext : JsonSerializerContext;
