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
            return Partition(key, resolver.LimitOf(key.Kind));
        });

    /// <summary>
    /// Anonymous callers that name a client id also count against their IP's limit: the id is self-declared, so
    /// rotating it must not buy a caller fresh permits. Users and plain IP callers pass (they are limited already).
    /// </summary>
    public static PartitionedRateLimiter<HttpContext> CreateAnonymousIpGuard(PartitionResolver resolver) =>
        PartitionedRateLimiter.Create<HttpContext, RateLimitPartitionKey>(context =>
        {
            var key = resolver.Resolve(context);
            if (key.Kind != PartitionKind.Client)
            {
                return RateLimitPartition.GetNoLimiter(new RateLimitPartitionKey(PartitionKind.Ip, string.Empty));
            }

            var ip = new RateLimitPartitionKey(PartitionKind.Ip, context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
            return Partition(ip, resolver.LimitOf(PartitionKind.Ip));
        });

    private static RateLimitPartition<RateLimitPartitionKey> Partition(RateLimitPartitionKey key, PartitionLimitOptions limit) =>
        limit.Algorithm == RateLimitAlgorithm.TokenBucket
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
}
