using Bff.Caching.Internal;
using Bff.Caching.Policies;
using ZiggyCreatures.Caching.Fusion;

namespace Bff.Caching;

/// <summary>
/// The BFFs' cache: FusionCache (L1 memory, L2 Redis, backplane) reached only through <see cref="CacheKey"/>s, so a
/// private entry needs its user's id, with named policies, and with each value flagged when it is stale.
/// Everything else (stampede protection, fail-safe, eager refresh, timeouts, tags, breaker) is FusionCache's.
/// </summary>
public sealed partial class BffCache
{
    private readonly IFusionCache _fusion;
    private readonly CachePolicies _policies;
    private readonly FusionKeys _keys;
    private readonly CacheMetrics _metrics;
    private readonly BatchRead _batch;
    private readonly StaleAge _age;

    internal BffCache(IFusionCache fusion, CachePolicies policies, FusionKeys keys, CacheMetrics metrics, BatchRead batch, StaleAge age)
    {
        _age = age;
        _fusion = fusion;
        _policies = policies;
        _keys = keys;
        _metrics = metrics;
        _batch = batch;
        ReadObserver.Attach(fusion);
    }

    /// <summary>
    /// Gets the value of <paramref name="key"/>, calling <paramref name="factory"/> at most once per key at a time on this
    /// instance when it is missing or expired, and says whether it is stale and where it came from.
    /// </summary>
    /// <param name="key">A key from <see cref="CacheKeys"/>.</param>
    /// <param name="factory">Loads the value from the backend.</param>
    /// <param name="policy">A policy name from <c>Caching:Policies</c>; null for <c>Caching:Defaults</c>.</param>
    /// <param name="tags">Tags for <see cref="RemoveByTagAsync"/>.</param>
    /// <param name="cancellationToken">Stops this caller waiting.</param>
    /// <typeparam name="T">The value type; serialized with System.Text.Json (see <c>AddJsonContext</c>).</typeparam>
    /// <returns>The value, whether it is stale (and then its age), and its source.</returns>
    public async ValueTask<CacheResult<T>> GetOrSetAsync<T>(
        CacheKey key,
        Func<CancellationToken, Task<T>> factory,
        string? policy = null,
        IEnumerable<string>? tags = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(factory);
        var options = _policies.Get(policy);
        var scope = ReadObserver.Begin(_keys.InFusion(key));
        var value = await _fusion.GetOrSetAsync<T>(
            key.Value,
            async (ctx, ct) =>
            {
                scope.MarkStaleCopy(ctx.HasStaleValue ? ctx.LastModified : null);
                var loaded = await factory(ct).ConfigureAwait(false);
                scope.MarkProduced();
                // A loaded value replaces nothing another instance must drop (see LoadedValues); SetAsync still notifies.
                LoadedValues.SkipNotifications(ctx.Options);
                // The production time rides with the entry (memory and Redis), so a later stale read knows its age.
                return ctx.Modified(loaded, lastModified: DateTimeOffset.UtcNow);
            },
            default,
            options,
            tags,
            cancellationToken).ConfigureAwait(false);
        var (isStale, source) = scope.Outcome();
        if (!isStale)
        {
            return new CacheResult<T>(value, false, source);
        }

        _metrics.StaleServed(key);
        var age = await _age.OfAsync<T>(key, scope.StaleProducedAt, options).ConfigureAwait(false);
        return new CacheResult<T>(value, true, source, age);
    }

    /// <summary>Stores <paramref name="value"/> in memory and Redis; the backplane evicts other instances' copies.</summary>
    /// <param name="key">A key from <see cref="CacheKeys"/>.</param>
    /// <param name="value">The value.</param>
    /// <param name="policy">A policy name, or null for the defaults.</param>
    /// <param name="tags">Tags of the entry.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <typeparam name="T">The value type.</typeparam>
    /// <returns>A task that completes when both levels are written.</returns>
    public ValueTask SetAsync<T>(CacheKey key, T value, string? policy = null, IEnumerable<string>? tags = null, CancellationToken cancellationToken = default) =>
        _fusion.SetAsync(Checked(key).Value, value, _policies.Get(policy), tags, cancellationToken);

    /// <summary>Removes the entry of <paramref name="key"/> everywhere.</summary>
    /// <param name="key">A key from <see cref="CacheKeys"/>.</param>
    /// <param name="cancellationToken">Cancels the removal.</param>
    /// <returns>A task that completes when the entry is removed.</returns>
    public ValueTask RemoveAsync(CacheKey key, CancellationToken cancellationToken = default) =>
        _fusion.RemoveAsync(Checked(key).Value, token: cancellationToken);

    /// <summary>Invalidates every entry tagged <paramref name="tag"/> on every instance; <c>*</c> invalidates all entries.</summary>
    /// <param name="tag">The tag.</param>
    /// <param name="cancellationToken">Cancels the invalidation.</param>
    /// <returns>A task that completes when the invalidation is recorded.</returns>
    public ValueTask RemoveByTagAsync(string tag, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(tag);
        return _fusion.RemoveByTagAsync(tag, token: cancellationToken);
    }

    private static CacheKey Checked(CacheKey key) => key ?? throw new ArgumentNullException(nameof(key));
}
