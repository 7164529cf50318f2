using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Bff.Testing;

/// <summary>
/// HS256 JWTs built by hand, for the tokens a BFF must refuse: expired, signed with another key, for another issuer or
/// audience. Built from the bytes rather than with a token library, so nothing in it can make them "more valid".
/// </summary>
public static class HandMadeTokens
{
    /// <summary>The demo backends' and the BFFs' development key, issuer and audience (public: demo-backends/README.md).</summary>
    public const string DevelopmentKey = "bff-demo-dev-signing-key-change-me-0123456789abcdef";

    /// <summary>A token for <paramref name="sub"/> valid for the given window, signed with <paramref name="key"/>.</summary>
    public static string Create(
        string sub, DateTimeOffset notBefore, DateTimeOffset expires, string key = DevelopmentKey, string issuer = "bff-dev", string audience = "bff-demo")
    {
        var header = Encode(JsonSerializer.SerializeToUtf8Bytes(new { alg = "HS256", typ = "JWT" }));
        var payload = Encode(JsonSerializer.SerializeToUtf8Bytes(new
        {
            sub,
            iss = issuer,
            aud = audience,
            nbf = notBefore.ToUnixTimeSeconds(),
            iat = notBefore.ToUnixTimeSeconds(),
            exp = expires.ToUnixTimeSeconds(),
        }));
        var signature = Encode(HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.ASCII.GetBytes($"{header}.{payload}")));
        return $"{header}.{payload}.{signature}";
    }

    /// <summary>A token valid now for an hour, with whatever <paramref name="key"/>, issuer and audience.</summary>
    public static string ValidNow(string sub, string key = DevelopmentKey, string issuer = "bff-dev", string audience = "bff-demo") =>
        Create(sub, DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddHours(1), key, issuer, audience);

    private static string Encode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
