using System.Threading.RateLimiting;

namespace Bff.ServiceDefaults.RateLimiting;

/// <summary>In-process partitions: the limit while Redis is off or unreachable.</summary>
internal static class LocalPartitions
{
    public static RateLimitPartition<RateLimitPartitionKey> Create(RateLimitPartitionKey key, PartitionLimitOptions limit) =>
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
