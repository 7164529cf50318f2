using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;

namespace Bff.ServiceDefaults.RateLimiting;

/// <summary>The in-process limiter: one fixed window or token bucket per partition, limits per partition kind.</summary>
internal static class LocalRateLimiter
{
    public static PartitionedRateLimiter<HttpContext> Create(PartitionResolver resolver) =>
        PartitionedRateLimiter.Create<HttpContext, RateLimitPartitionKey>(context =>
        {
            var key = resolver.Resolve(context);
            var limit = resolver.LimitOf(key.Kind);
            return limit.Algorithm == RateLimitAlgorithm.TokenBucket
                ? RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = limit.PermitLimit,
                    TokensPerPeriod = limit.PermitLimit,
                    ReplenishmentPeriod = limit.Window,
                    QueueLimit = 0,
                    AutoReplenishment = true,
                })
                : RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limit.PermitLimit,
                    Window = limit.Window,
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
        });
}
