using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bff.Backends.Inventory;

/// <summary>Source-generated JSON metadata for the inventory contract (camelCase, as the backend writes it).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(StockLevel))]
[JsonSerializable(typeof(IReadOnlyList<StockLevel>))]
[JsonSerializable(typeof(Store))]
[JsonSerializable(typeof(IReadOnlyList<Store>))]
public sealed partial class InventoryJsonContext : JsonSerializerContext;
