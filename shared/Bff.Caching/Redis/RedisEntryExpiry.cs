using Microsoft.Extensions.Caching.Distributed;

namespace Bff.Caching.Redis;

/// <summary>When an entry stops existing: an absolute instant, a sliding window, or both.</summary>
internal readonly record struct RedisEntryExpiry(long AbsoluteUnixMs, long SlidingMs)
{
    public const long None = -1;

    public static RedisEntryExpiry From(DistributedCacheEntryOptions options, DateTimeOffset now)
    {
        var absolute = options.AbsoluteExpiration
            ?? (options.AbsoluteExpirationRelativeToNow is { } relative ? now + relative : null);
        if (absolute <= now)
        {
            throw new ArgumentOutOfRangeException(nameof(options), absolute, "The absolute expiration must be in the future.");
        }

        return new RedisEntryExpiry(
            absolute?.ToUnixTimeMilliseconds() ?? None,
            options.SlidingExpiration is { } sliding ? (long)sliding.TotalMilliseconds : None);
    }

    /// <summary>Milliseconds Redis should keep the key from <paramref name="now"/>, or <see cref="None"/>.</summary>
    public long TimeToLiveMs(DateTimeOffset now)
    {
        var untilAbsolute = AbsoluteUnixMs == None ? long.MaxValue : AbsoluteUnixMs - now.ToUnixTimeMilliseconds();
        var ttl = Math.Min(untilAbsolute, SlidingMs == None ? long.MaxValue : SlidingMs);
        return ttl == long.MaxValue ? None : Math.Max(ttl, 1);
    }
}
