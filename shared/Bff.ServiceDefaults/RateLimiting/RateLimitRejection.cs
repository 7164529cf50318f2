using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using RedisRateLimiting;

namespace Bff.ServiceDefaults.RateLimiting;

/// <summary>The 429: <c>Retry-After</c> in whole seconds from the lease, and a small JSON body saying the same.</summary>
internal static class RateLimitRejection
{
    public static async ValueTask WriteAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var seconds = Math.Max(1, RetryAfterSeconds(context.Lease));
        var response = context.HttpContext.Response;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        response.ContentType = "application/json; charset=utf-8";
        await JsonSerializer.SerializeAsync(
            response.Body,
            new RateLimitError("rate_limited", "Too many requests; retry later.", seconds),
            RateLimitJsonContext.Default.RateLimitError,
            cancellationToken);
    }

    // In-process leases say it as a TimeSpan, RedisRateLimiting's as whole seconds under a name of its own.
    private static int RetryAfterSeconds(RateLimitLease lease) =>
        lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? (int)Math.Ceiling(retryAfter.TotalSeconds)
        : lease.TryGetMetadata(RateLimitMetadataName.RetryAfter, out var seconds) ? seconds
        : 1;
}

internal sealed record RateLimitError(string Error, string Message, int RetryAfterSeconds);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(RateLimitError))]
internal sealed partial class RateLimitJsonContext : JsonSerializerContext;
