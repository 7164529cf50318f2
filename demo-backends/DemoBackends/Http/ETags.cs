using System.Security.Cryptography;
using Microsoft.Extensions.Primitives;

namespace DemoBackends.Http;

/// <summary>Strong entity tags computed from the serialized payload, so equal bytes give equal tags on every start.</summary>
internal static class ETags
{
    public static string Compute(ReadOnlySpan<byte> payload)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(payload, hash);
        return $"\"{Convert.ToHexStringLower(hash[..16])}\"";
    }

    /// <summary>If-None-Match uses the weak comparison (RFC 9110 13.1.2), so a W/ prefix still matches.</summary>
    public static bool Matches(StringValues ifNoneMatch, string etag)
    {
        foreach (var header in ifNoneMatch)
        {
            if (header is null)
            {
                continue;
            }

            foreach (var candidate in header.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var tag = candidate.StartsWith("W/", StringComparison.Ordinal) ? candidate[2..] : candidate;
                if (tag == "*" || tag == etag)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
