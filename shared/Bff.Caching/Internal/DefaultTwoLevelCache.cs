using Bff.Caching.Invalidation;
using Bff.Caching.Serialization;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bff.Caching.Internal;

/// <summary>The two-level cache; its reads, background refreshes, and writes with invalidation live in the partial files beside this one.</summary>
internal sealed partial class DefaultTwoLevelCache : TwoLevelCache, IDisposable
{
    private readonly TwoLevelCacheOptions _options;
    private readonly CacheSerializers _serializers;
    private readonly CacheMetrics _metrics;
    private readonly ICacheInvalidationBus _bus;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly L1Store _l1;
    private readonly L2Store _l2;
    private readonly TagInvalidations _tags;
    private readonly InFlightLoads _loads = new();
    private readonly CancellationTokenSource _shutdown = new();
    private readonly CacheEntryPolicy _defaultPolicy;
    private int _disposed;
    private readonly string _origin = Guid.NewGuid().ToString("N");

    public DefaultTwoLevelCache(
        IOptions<TwoLevelCacheOptions> options,
        CacheSerializers serializers,
        CacheMetrics metrics,
        ICacheInvalidationBus bus,
        TimeProvider time,
        ILogger<DefaultTwoLevelCache> logger,
        IDistributedCache? distributed = null)
    {
        _options = options.Value;
        _serializers = serializers;
        _metrics = metrics;
        _bus = bus;
        _time = time;
        _logger = logger;
        _defaultPolicy = CacheEntryPolicy.From(null, _options);
        _l1 = new L1Store(_options.L1MaxEntries, time);
        var breaker = new L2Breaker(_options.L2BreakerFailureThreshold, _options.L2BreakDuration, time);
        _l2 = new L2Store(distributed, breaker, metrics, _options.L2Timeout, time, logger);
        _tags = new TagInvalidations(_l2, time, _options.TagRecheckInterval, _options.TagRetention);
        bus.Subscribe(OnInvalidation, OnResync);
    }

    /// <summary>Number of loads running now; lets tests wait for background refreshes without sleeping.</summary>
    internal int LoadsInFlight => _loads.Count;

    public override async ValueTask<T> GetOrCreateAsync<TState, T>(
        string key,
        TState state,
        Func<TState, CancellationToken, ValueTask<T>> factory,
        HybridCacheEntryOptions? options = null,
        IEnumerable<string>? tags = null,
        CancellationToken cancellationToken = default) =>
        (await GetCoreAsync(CacheKeys.Shared(key), state, factory, CacheEntryPolicy.From(options, _options), tags, cancellationToken)).Value;

    public override ValueTask<CacheResult<T>> GetOrCreateWithMetadataAsync<TState, T>(
        CacheKey key,
        TState state,
        Func<TState, CancellationToken, ValueTask<T>> factory,
        CacheEntryPolicy? policy = null,
        IEnumerable<string>? tags = null,
        CancellationToken cancellationToken = default) =>
        GetCoreAsync(KeyOf(key), state, factory, policy ?? _defaultPolicy, tags, cancellationToken);

    public override ValueTask SetAsync<T>(
        string key, T value, HybridCacheEntryOptions? options = null, IEnumerable<string>? tags = null, CancellationToken cancellationToken = default) =>
        SetCoreAsync(CacheKeys.Shared(key), value, CacheEntryPolicy.From(options, _options), tags);

    public override ValueTask SetAsync<T>(
        CacheKey key, T value, CacheEntryPolicy? policy = null, IEnumerable<string>? tags = null, CancellationToken cancellationToken = default) =>
        SetCoreAsync(KeyOf(key), value, policy ?? _defaultPolicy, tags);

    public override ValueTask RemoveAsync(string key, CancellationToken cancellationToken = default) =>
        RemoveCoreAsync(CacheKeys.Shared(key));

    public override ValueTask RemoveAsync(CacheKey key, CancellationToken cancellationToken = default) =>
        RemoveCoreAsync(KeyOf(key));

    public override ValueTask RemoveByTagAsync(string tag, CancellationToken cancellationToken = default) =>
        RemoveByTagCoreAsync(tag);

    private static string KeyOf(CacheKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.Value;
    }

    // The container disposes this once per service type it is registered as.
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        _shutdown.Cancel();
        _shutdown.Dispose();
        _l1.Dispose();
    }
}
