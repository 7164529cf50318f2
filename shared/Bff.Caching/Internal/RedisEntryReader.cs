using StackExchange.Redis;

namespace Bff.Caching.Internal;

/// <summary>
/// Reads many entries that FusionCache stored through <c>RedisCache</c> in one Redis round trip. RedisCache keeps each
/// entry as a hash (<c>absexp</c>, <c>sldexp</c>, <c>data</c>) whose key TTL enforces the absolute expiry; FusionCache
/// never sets a sliding expiry, so <c>data</c> is all a read needs. On a standalone or sentinel Redis one script call
/// reads every key: one command, one round trip, whatever the count. A script may only touch keys of one hash slot in
/// a Redis Cluster, so there the keys are grouped by slot and each group gets its own script call, all sent at once:
/// one round trip per master, in parallel.
/// </summary>
internal sealed class RedisEntryReader(IConnectionMultiplexer multiplexer, TimeSpan timeout)
{
    private const string Script = """
        local r = {}
        for i, k in ipairs(KEYS) do r[i] = redis.call('HGET', k, 'data') or false end
        return r
        """;

    /// <summary>The <c>data</c> field of each key, null where absent; null for all when Redis is down or slow.</summary>
    public async Task<byte[]?[]?> ReadAsync(RedisKey[] keys)
    {
        if (keys.Length == 0 || !multiplexer.IsConnected)
        {
            return null;
        }

        try
        {
            var database = multiplexer.GetDatabase();
            var read = IsCluster() ? ReadBySlotAsync(database, keys) : ReadOneScriptAsync(database, keys);
            return await read.WaitAsync(timeout).ConfigureAwait(false);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            // Redis being away only costs the backend call; FusionCache's own breaker covers the single reads.
            return null;
        }
    }

    private static async Task<byte[]?[]> ReadOneScriptAsync(IDatabase database, RedisKey[] keys)
    {
        var result = await database.ScriptEvaluateAsync(Script, keys).ConfigureAwait(false);
        var values = (RedisValue[])result!;
        return Array.ConvertAll(values, v => v.IsNull ? null : (byte[]?)v);
    }

    private async Task<byte[]?[]> ReadBySlotAsync(IDatabase database, RedisKey[] keys)
    {
        // Positions are kept per slot so the answers land where the caller's keys are.
        var groups = Enumerable.Range(0, keys.Length).GroupBy(i => multiplexer.HashSlot(keys[i])).ToArray();
        var reads = Array.ConvertAll(groups, g => ReadOneScriptAsync(database, g.Select(i => keys[i]).ToArray()));
        var answers = await Task.WhenAll(reads).ConfigureAwait(false);
        var values = new byte[]?[keys.Length];
        for (var g = 0; g < groups.Length; g++)
        {
            var j = 0;
            foreach (var i in groups[g])
            {
                values[i] = answers[g][j++];
            }
        }

        return values;
    }

    // A cluster's nodes all report ServerType.Cluster; the multiplexer knows them once connected.
    private bool IsCluster() => multiplexer.GetServers().Any(s => s.ServerType == ServerType.Cluster);
}
