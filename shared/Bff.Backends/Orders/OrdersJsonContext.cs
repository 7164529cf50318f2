using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bff.Backends.Orders;

/// <summary>Source-generated JSON metadata for the orders contract (camelCase, as the backend writes it).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(Order))]
[JsonSerializable(typeof(Paged<OrderSummary>))]
[JsonSerializable(typeof(PlaceOrderRequest))]
public sealed partial class OrdersJsonContext : JsonSerializerContext;
