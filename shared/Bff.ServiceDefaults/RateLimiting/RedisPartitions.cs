using System.Threading.RateLimiting;
using RedisRateLimiting;
using StackExchange.Redis;

namespace Bff.ServiceDefaults.RateLimiting;

/// <summary>
/// Partitions counted in Redis by RedisRateLimiting's limiters, on the process's one multiplexer, so every instance
/// shares one count per partition. The key prefix keeps several applications on one Redis apart.
/// </summary>
internal sealed class RedisPartitions(IConnectionMultiplexer multiplexer, string keyPrefix)
{
    public RateLimitPartition<RateLimitPartitionKey> Create(RateLimitPartitionKey key, PartitionLimitOptions limit)
    {
        var redisKey = keyPrefix + key;
        return limit.Algorithm == RateLimitAlgorithm.TokenBucket
            ? RateLimitPartition.Get(key, _ => new RedisTokenBucketRateLimiter<string>(redisKey, new RedisTokenBucketRateLimiterOptions
            {
                TokenLimit = limit.PermitLimit,
                TokensPerPeriod = limit.PermitLimit,
                ReplenishmentPeriod = limit.Window,
                ConnectionMultiplexerFactory = () => multiplexer,
            }))
            : RateLimitPartition.Get(key, _ => new RedisFixedWindowRateLimiter<string>(redisKey, new RedisFixedWindowRateLimiterOptions
            {
                PermitLimit = limit.PermitLimit,
                Window = limit.Window,
                ConnectionMultiplexerFactory = () => multiplexer,
            }));
    }
}
