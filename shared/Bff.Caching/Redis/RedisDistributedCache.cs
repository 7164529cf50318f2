using Microsoft.Extensions.Caching.Distributed;
using StackExchange.Redis;

namespace Bff.Caching.Redis;

/// <summary>
/// <see cref="IDistributedCache"/> over StackExchange.Redis 1.x. Each entry is a hash of
/// <c>data</c>, <c>absexp</c> and <c>sldexp</c>, the same layout as Microsoft's Redis cache,
/// so switching to Microsoft.Extensions.Caching.StackExchangeRedis later is a registration change.
/// </summary>
internal sealed class RedisDistributedCache(RedisConnection connection, TimeProvider time) : IDistributedCache
{
    // One round trip and atomic: a reader never sees data without its expiry.
    private const string SetScript = """
        redis.call('HSET', KEYS[1], 'absexp', ARGV[1], 'sldexp', ARGV[2], 'data', ARGV[4])
        if ARGV[3] ~= '-1' then redis.call('PEXPIRE', KEYS[1], ARGV[3]) else redis.call('PERSIST', KEYS[1]) end
        return 1
        """;

    private static readonly RedisValue[] AllFields = ["absexp", "sldexp", "data"];
    private static readonly RedisValue[] ExpiryFields = ["absexp", "sldexp"];

    private readonly string _prefix = connection.Options.InstanceName;

    public byte[]? Get(string key) => Read(connection.GetDatabase(), key, AllFields, db => db.HashGet(Key(key), AllFields));

    public async Task<byte[]?> GetAsync(string key, CancellationToken token = default)
    {
        var db = await connection.GetDatabaseAsync().WaitAsync(token);
        var values = await db.HashGetAsync(Key(key), AllFields).WaitAsync(token);
        return Read(db, key, AllFields, _ => values);
    }

    public void Refresh(string key) => Read(connection.GetDatabase(), key, ExpiryFields, db => db.HashGet(Key(key), ExpiryFields));

    public async Task RefreshAsync(string key, CancellationToken token = default)
    {
        var db = await connection.GetDatabaseAsync().WaitAsync(token);
        var values = await db.HashGetAsync(Key(key), ExpiryFields).WaitAsync(token);
        Read(db, key, ExpiryFields, _ => values);
    }

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) =>
        connection.GetDatabase().ScriptEvaluate(SetScript, [Key(key)], Arguments(value, options));

    public async Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default)
    {
        var db = await connection.GetDatabaseAsync().WaitAsync(token);
        await db.ScriptEvaluateAsync(SetScript, [Key(key)], Arguments(value, options)).WaitAsync(token);
    }

    public void Remove(string key) => connection.GetDatabase().KeyDelete(Key(key));

    public async Task RemoveAsync(string key, CancellationToken token = default)
    {
        var db = await connection.GetDatabaseAsync().WaitAsync(token);
        await db.KeyDeleteAsync(Key(key)).WaitAsync(token);
    }

    private RedisKey Key(string key) => _prefix + key;

    private RedisValue[] Arguments(byte[] value, DistributedCacheEntryOptions options)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(options);
        var now = time.GetUtcNow();
        var expiry = RedisEntryExpiry.From(options, now);
        return [expiry.AbsoluteUnixMs, expiry.SlidingMs, expiry.TimeToLiveMs(now), value];
    }

    // Reading an entry with a sliding window pushes its expiry forward, as IDistributedCache requires.
    private byte[]? Read(IDatabase db, string key, RedisValue[] fields, Func<IDatabase, RedisValue[]> fetch)
    {
        var values = fetch(db);
        if (values[0].IsNull)
        {
            return null;
        }

        var expiry = new RedisEntryExpiry((long)values[0], (long)values[1]);
        if (expiry.SlidingMs != RedisEntryExpiry.None)
        {
            db.KeyExpire(Key(key), TimeSpan.FromMilliseconds(expiry.TimeToLiveMs(time.GetUtcNow())), CommandFlags.FireAndForget);
        }

        return fields.Length == AllFields.Length ? (byte[]?)values[2] : null;
    }
}
