using StackExchange.Redis;
using ZiggyCreatures.Caching.Fusion;
using ZiggyCreatures.Caching.Fusion.Internals.Distributed;
using ZiggyCreatures.Caching.Fusion.Serialization;

namespace Bff.Caching.Internal;

/// <summary>
/// The Redis step of a batch read: one round trip for every key memory lacked, each value decoded from FusionCache's
/// distributed entry (<see cref="FusionCacheDistributedEntry{TValue}"/> through the cache's own serializer), trusted
/// only while logically fresh and not invalidated by a tag, and then put in memory as FusionCache would.
/// </summary>
internal sealed class DistributedBatch(IFusionCache fusion, IFusionCacheSerializer serializer, FusionKeys keys, TagValidity tags, RedisEntryReader? reader)
{
    public async Task<List<BatchMiss<TId, T>>> ReadAsync<TId, T>(
        List<BatchMiss<TId, T>> misses, FusionCacheEntryOptions options, Dictionary<TId, CacheResult<T>> found, CancellationToken ct)
        where TId : notnull
    {
        if (reader is null || misses.Count == 0 || options.SkipDistributedCacheRead)
        {
            return misses;
        }

        var data = await reader.ReadAsync(misses.ConvertAll(m => (RedisKey)keys.InRedis(m.Key)).ToArray()).ConfigureAwait(false);
        if (data is null)
        {
            return misses;
        }

        var stillMissing = new List<BatchMiss<TId, T>>();
        for (var i = 0; i < misses.Count; i++)
        {
            var entry = DistributedEntries.Decode<T>(serializer, data[i]);
            var now = DateTimeOffset.UtcNow.UtcTicks;
            if (entry is not null && entry.LogicalExpirationTimestamp > now && await tags.IsValidAsync(entry.Timestamp, entry.Tags, ct).ConfigureAwait(false))
            {
                found[misses[i].Id] = new CacheResult<T>(entry.Value, false, CacheSource.L2);
                await PutInMemoryAsync(misses[i].Key, entry, options, now, ct).ConfigureAwait(false);
                continue;
            }

            if (entry is not null && await tags.IsValidAsync(entry.Timestamp, entry.Tags, ct).ConfigureAwait(false))
            {
                // Logically expired but kept for fail-safe: usable only if the backend fails, its timestamp giving its age.
                (misses[i].HasStale, misses[i].Stale, misses[i].StaleTimestamp) = (true, entry.Value, entry.Timestamp);
            }

            stillMissing.Add(misses[i]);
        }

        return stillMissing;
    }

    /// <summary>Memory only (Redis has it, the other instances need no eviction), for what is left of its fresh time.</summary>
    private ValueTask PutInMemoryAsync<T>(CacheKey key, FusionCacheDistributedEntry<T> entry, FusionCacheEntryOptions options, long now, CancellationToken ct)
    {
        var memory = options.Duplicate(TimeSpan.FromTicks(entry.LogicalExpirationTimestamp - now));
        memory.SkipDistributedCacheWrite = true;
        memory.SkipBackplaneNotifications = true;
        memory.EagerRefreshThreshold = null;
        return fusion.SetAsync(key.Value, entry.Value, memory, entry.Tags, ct);
    }
}
