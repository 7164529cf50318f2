using System.Text.Json.Serialization;

namespace Bff.ServiceDefaults.Auth;

internal sealed record AuthError(string Error, string Message);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(AuthError))]
internal sealed partial class AuthJsonContext : JsonSerializerContext;
