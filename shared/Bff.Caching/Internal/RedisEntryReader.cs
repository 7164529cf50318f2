using StackExchange.Redis;

namespace Bff.Caching.Internal;

/// <summary>
/// Reads many entries that FusionCache stored through <c>RedisCache</c> in one Redis round trip. RedisCache keeps each
/// entry as a hash (<c>absexp</c>, <c>sldexp</c>, <c>data</c>) whose key TTL enforces the absolute expiry; FusionCache
/// never sets a sliding expiry, so <c>data</c> is all a read needs. One script call reads every key: one command, one
/// round trip, whatever the count (standalone or sentinel Redis; a cluster would need keys in one slot).
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
            var result = await multiplexer.GetDatabase().ScriptEvaluateAsync(Script, keys).WaitAsync(timeout).ConfigureAwait(false);
            var values = (RedisValue[])result!;
            return Array.ConvertAll(values, v => v.IsNull ? null : (byte[]?)v);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            // Redis being away only costs the backend call; FusionCache's own breaker covers the single reads.
            return null;
        }
    }
}
