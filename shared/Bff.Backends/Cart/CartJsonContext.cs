using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bff.Backends.Cart;

/// <summary>Source-generated JSON metadata for the cart contract (camelCase, as the backend writes it).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(CartView))]
[JsonSerializable(typeof(AddCartItem))]
[JsonSerializable(typeof(UpdateCartItem))]
public sealed partial class CartJsonContext : JsonSerializerContext;
