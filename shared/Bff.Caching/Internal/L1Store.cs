using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Internal;

namespace Bff.Caching.Internal;

/// <summary>The in-process level: envelopes in a size-bounded <see cref="MemoryCache"/> that runs on the injected clock.</summary>
internal sealed class L1Store : IDisposable
{
    private readonly MemoryCache _cache;
    private readonly TimeProvider _time;

    public L1Store(int maxEntries, TimeProvider time)
    {
        _time = time;
        _cache = new MemoryCache(new MemoryCacheOptions
        {
            SizeLimit = maxEntries,
            Clock = new Clock(time),
            CompactionPercentage = 0.1,
        });
    }

    public bool TryGet(string key, out CacheEnvelope envelope) => _cache.TryGetValue(key, out envelope!);

    public void Set(string key, CacheEnvelope envelope)
    {
        if (!envelope.IsServable(_time.GetUtcNow()))
        {
            return;
        }

        using var entry = _cache.CreateEntry(key);
        entry.Value = envelope;
        entry.Size = 1;
        entry.AbsoluteExpiration = envelope.StaleUntil;
    }

    public void Remove(string key) => _cache.Remove(key);

    public void Clear() => _cache.Clear();

    public void Dispose() => _cache.Dispose();

    private sealed class Clock(TimeProvider time) : ISystemClock
    {
        public DateTimeOffset UtcNow => time.GetUtcNow();
    }
}
