using Bff.Caching.Policies;
using Bff.Caching.Tests.Support;

namespace Bff.Caching.Tests.Internal;

/// <summary>
/// A value loaded from the backend is written to memory and Redis with no backplane message, which is safe because
/// another instance's memory copy of a Redis entry never outlives that entry's fresh time.
/// </summary>
public sealed class LoadedValuesTests(SingleRedis redis) : IClassFixture<SingleRedis>
{
    private static readonly TimeSpan Fresh = TimeSpan.FromSeconds(2);
    private readonly string _prefix = CacheInstance.NewPrefix();

    [Fact]
    public async Task ALoadedValueIsWrittenToRedisWithoutABackplaneMessageWhileASetSendsOne()
    {
        await using var instance = Instance();
        await using var other = Instance();
        await Read(instance, "warm-up", "v");
        var db = redis.Raw.GetDatabase();
        var before = await CommandStats.ReadAsync(db);

        await Read(instance, "single", "v");
        await Batch(instance, "b1", "b2");
        // FusionCache publishes in the background: the Set's message marks when the loads' would have gone out too.
        await instance.Cache.SetAsync(Key("set"), "changed");
        await Eventually.TrueAsync(async () => CommandStats.Delta(before, await CommandStats.ReadAsync(db)).GetValueOrDefault("publish") >= 1);
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        var delta = CommandStats.Delta(before, await CommandStats.ReadAsync(db));

        Assert.Equal(1, delta.GetValueOrDefault("publish"));
        Assert.Equal(4, delta.GetValueOrDefault("hmset") + delta.GetValueOrDefault("hset"));
        Assert.Equal(CacheSource.L2, (await Read(other, "b2", "unused")).Source);
    }

    [Fact]
    public async Task AMemoryCopyOfARedisEntryExpiresWhenTheEntryDoesNotAFreshTimeAfterItWasRead()
    {
        await using var writer = Instance();
        await using var reader = Instance();
        await Read(writer, "single", "old");
        await Batch(writer, "batched");
        var written = DateTimeOffset.UtcNow;

        // Read by the other instance half-way through the fresh time: its memory copies are now in place.
        await Task.Delay(Fresh / 2);
        Assert.Equal(CacheSource.L2, (await Read(reader, "single", "unused")).Source);
        Assert.Equal(CacheSource.L2, (await Batch(reader, "batched"))["batched"].Source);
        // Past the entries' fresh time (not the copies'), the writer loads new values and tells no one.
        await Task.Delay(written + Fresh + TimeSpan.FromMilliseconds(200) - DateTimeOffset.UtcNow);
        Assert.Equal("new", (await Read(writer, "single", "new")).Value);
        Assert.Equal("new batched", (await Batch(writer, "batched", value: "new batched"))["batched"].Value);

        // The reader's copies expired with the entries, so it reads the new values from Redis.
        var single = await Read(reader, "single", "from the backend");
        var batched = (await Batch(reader, "batched", value: "from the backend"))["batched"];
        Assert.Equal(("new", CacheSource.L2), (single.Value, single.Source));
        Assert.Equal(("new batched", CacheSource.L2), (batched.Value, batched.Source));
    }

    private CacheInstance Instance() => CacheInstance.CreateOn(redis.Configuration, _prefix, o =>
        o.Defaults = new CachePolicy { Fresh = Fresh, Stale = TimeSpan.FromMinutes(1), EagerRefreshThreshold = null });

    private static CacheKey Key(string id) => CacheKeys.Public("catalog", "v1", id);

    private static Task<CacheResult<string>> Read(CacheInstance instance, string id, string fromBackend) =>
        instance.Cache.GetOrSetAsync(Key(id), _ => Task.FromResult(fromBackend)).AsTask();

    private static Task<IReadOnlyDictionary<string, CacheResult<string>>> Batch(CacheInstance instance, string id, string? second = null, string value = "v") =>
        instance.Cache.GetManyAsync<string, string>(second is null ? [id] : [id, second], Key, (missing, _) =>
            Task.FromResult<IReadOnlyDictionary<string, string>>(missing.ToDictionary(m => m, _ => value)));
}
