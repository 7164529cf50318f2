using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bff.Backends.Catalog;

/// <summary>Source-generated JSON metadata for the catalog contract (camelCase, as the backend writes it).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(Product))]
[JsonSerializable(typeof(IReadOnlyList<Product>))]
[JsonSerializable(typeof(Category))]
[JsonSerializable(typeof(IReadOnlyList<Category>))]
[JsonSerializable(typeof(ProductSearchResult))]
public sealed partial class CatalogJsonContext : JsonSerializerContext;
