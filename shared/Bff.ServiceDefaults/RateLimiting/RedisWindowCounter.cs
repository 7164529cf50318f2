using Bff.ServiceDefaults.Redis;
using StackExchange.Redis;

namespace Bff.ServiceDefaults.RateLimiting;

/// <summary>
/// Fixed-window counters in Redis. The window starts with a partition's first request and ends when its key expires,
/// so instances never compare clocks: Redis alone decides when a window is over.
/// </summary>
internal sealed class RedisWindowCounter(RedisConnections connections, string configuration, string keyPrefix)
{
    // INCR and the expiry in one script, so a crash between them can't leave a counter that never resets.
    private const string Script = """
        local count = redis.call('INCR', KEYS[1])
        local ttl = redis.call('PTTL', KEYS[1])
        if ttl < 0 then
          redis.call('PEXPIRE', KEYS[1], ARGV[1])
          ttl = tonumber(ARGV[1])
        end
        return { count, ttl }
        """;

    /// <summary>Counts one request in <paramref name="key"/>'s window; returns the count so far and the time left.</summary>
    public async Task<(long Count, TimeSpan Remaining)> IncrementAsync(RateLimitPartitionKey key, TimeSpan window)
    {
        var database = await connections.GetDatabaseAsync(configuration);
        var windowMs = (long)Math.Ceiling(window.TotalMilliseconds);
        var result = (RedisResult[])(await database.ScriptEvaluateAsync(
            Script,
            [(RedisKey)$"{keyPrefix}{key}:{windowMs}"],
            [windowMs]))!;
        return ((long)result[0], TimeSpan.FromMilliseconds((long)result[1]));
    }
}
