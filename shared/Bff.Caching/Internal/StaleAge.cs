using StackExchange.Redis;
using ZiggyCreatures.Caching.Fusion;
using ZiggyCreatures.Caching.Fusion.Serialization;

namespace Bff.Caching.Internal;

/// <summary>
/// How long ago the backend produced a value served stale. The sources, best first: the production time FusionCache
/// handed the factory for the stale copy (<c>LastModified</c>, which <see cref="BffCache"/> sets on every value it
/// produces), the <c>Timestamp</c> of the entry Redis holds when that entry is itself stale (FusionCache keeps an
/// entry's timestamp across levels and fail-safe), and otherwise the policy's fresh time: a lower bound, since a value
/// turns stale only once it has passed. FusionCache reads the system clock, so this does too.
/// </summary>
internal sealed class StaleAge(IFusionCacheSerializer serializer, FusionKeys keys, RedisEntryReader? reader)
{
    public static TimeSpan Since(long producedAtTicks) =>
        TimeSpan.FromTicks(Math.Max(0, DateTimeOffset.UtcNow.UtcTicks - producedAtTicks));

    /// <summary>The stale copy's age; only the stale path pays for the one Redis read it may take.</summary>
    public async ValueTask<TimeSpan> OfAsync<T>(CacheKey key, DateTimeOffset? producedAt, FusionCacheEntryOptions options)
    {
        if (producedAt is { } at)
        {
            return Since(at.UtcTicks);
        }

        if (reader is not null && !options.SkipDistributedCacheRead)
        {
            var data = await reader.ReadAsync([(RedisKey)keys.InRedis(key)]).ConfigureAwait(false);
            // A fresh entry in Redis is a newer value than the stale one served (written by a refresh since): not its age.
            if (DistributedEntries.Decode<T>(serializer, data?[0]) is { } entry && entry.LogicalExpirationTimestamp <= DateTimeOffset.UtcNow.UtcTicks)
            {
                return Since(entry.Timestamp);
            }
        }

        return options.Duration;
    }
}
