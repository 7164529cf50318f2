using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bff.Backends.Users;

/// <summary>Source-generated JSON metadata for the users contract (camelCase, as the backend writes it).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(UserProfile))]
[JsonSerializable(typeof(IReadOnlyList<Address>))]
public sealed partial class UsersJsonContext : JsonSerializerContext;
