using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Bff.ServiceDefaults.RateLimiting;

/// <summary>The 429: <c>Retry-After</c> in whole seconds from the lease, and a small JSON body saying the same.</summary>
internal static class RateLimitRejection
{
    public static async ValueTask WriteAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : 1;
        var response = context.HttpContext.Response;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        response.ContentType = "application/json; charset=utf-8";
        await JsonSerializer.SerializeAsync(
            response.Body,
            new RateLimitError("rate_limited", "Too many requests; retry later.", seconds),
            RateLimitJsonContext.Default.RateLimitError,
            cancellationToken);
    }
}

internal sealed record RateLimitError(string Error, string Message, int RetryAfterSeconds);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(RateLimitError))]
internal sealed partial class RateLimitJsonContext : JsonSerializerContext;
