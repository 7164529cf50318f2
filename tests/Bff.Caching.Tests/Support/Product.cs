using System.Text.Json.Serialization;

namespace Bff.Caching.Tests.Support;

public sealed record Product(string Id, string Name, decimal Price);

[JsonSerializable(typeof(Product))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(string))]
internal sealed partial class TestJsonContext : JsonSerializerContext;
