using Microsoft.Extensions.Caching.Hybrid;

namespace Bff.Caching;

/// <summary>
/// A <see cref="HybridCache"/> with an in-memory L1 and a distributed L2, stale-while-revalidate,
/// stale-if-error and tags invalidated on every instance. Plain string keys (the HybridCache API)
/// reach shared data only; private data is reached through <see cref="CacheKeys.ForUser"/> keys.
/// </summary>
public abstract class TwoLevelCache : HybridCache
{
    /// <summary>Gets the value for <paramref name="key"/>, calling <paramref name="factory"/> at most once per key at a time on this instance, and says whether it is stale and where it came from.</summary>
    /// <param name="key">A key from <see cref="CacheKeys"/>.</param>
    /// <param name="state">State handed to <paramref name="factory"/>, so it needs no closure.</param>
    /// <param name="factory">Loads the value from the backend.</param>
    /// <param name="policy">Fresh time and stale window; the configured defaults when null.</param>
    /// <param name="tags">Tags for <see cref="HybridCache.RemoveByTagAsync(string, CancellationToken)"/>.</param>
    /// <param name="cancellationToken">Stops this caller waiting; a load other callers share keeps running.</param>
    /// <typeparam name="TState">The state type.</typeparam>
    /// <typeparam name="T">The value type; it needs a registered serializer.</typeparam>
    /// <returns>The value with its staleness and source.</returns>
    public abstract ValueTask<CacheResult<T>> GetOrCreateWithMetadataAsync<TState, T>(
        CacheKey key,
        TState state,
        Func<TState, CancellationToken, ValueTask<T>> factory,
        CacheEntryPolicy? policy = null,
        IEnumerable<string>? tags = null,
        CancellationToken cancellationToken = default);

    /// <summary>Stores <paramref name="value"/> under <paramref name="key"/> in both levels and evicts it from other instances' L1.</summary>
    /// <param name="key">A key from <see cref="CacheKeys"/>.</param>
    /// <param name="value">The value.</param>
    /// <param name="policy">Fresh time and stale window; the configured defaults when null.</param>
    /// <param name="tags">Tags of the entry.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <typeparam name="T">The value type.</typeparam>
    /// <returns>A task that completes when both levels are written.</returns>
    public abstract ValueTask SetAsync<T>(
        CacheKey key, T value, CacheEntryPolicy? policy = null, IEnumerable<string>? tags = null, CancellationToken cancellationToken = default);

    /// <summary>Removes the entry under <paramref name="key"/> from both levels and from every instance's L1.</summary>
    /// <param name="key">A key from <see cref="CacheKeys"/>.</param>
    /// <param name="cancellationToken">Cancels the removal.</param>
    /// <returns>A task that completes when the entry is removed.</returns>
    public abstract ValueTask RemoveAsync(CacheKey key, CancellationToken cancellationToken = default);

    /// <summary>Like <see cref="GetOrCreateWithMetadataAsync{TState, T}"/> with a factory that needs no state.</summary>
    /// <param name="key">A key from <see cref="CacheKeys"/>.</param>
    /// <param name="factory">Loads the value from the backend.</param>
    /// <param name="policy">Fresh time and stale window.</param>
    /// <param name="tags">Tags of the entry.</param>
    /// <param name="cancellationToken">Stops this caller waiting.</param>
    /// <typeparam name="T">The value type.</typeparam>
    /// <returns>The value with its staleness and source.</returns>
    public ValueTask<CacheResult<T>> GetOrCreateWithMetadataAsync<T>(
        CacheKey key,
        Func<CancellationToken, ValueTask<T>> factory,
        CacheEntryPolicy? policy = null,
        IEnumerable<string>? tags = null,
        CancellationToken cancellationToken = default) =>
        GetOrCreateWithMetadataAsync(key, factory, static (f, ct) => f(ct), policy, tags, cancellationToken);

    /// <summary>Gets the value for <paramref name="key"/>, calling <paramref name="factory"/> on a miss.</summary>
    /// <param name="key">A key from <see cref="CacheKeys"/>.</param>
    /// <param name="factory">Loads the value from the backend.</param>
    /// <param name="policy">Fresh time and stale window.</param>
    /// <param name="tags">Tags of the entry.</param>
    /// <param name="cancellationToken">Stops this caller waiting.</param>
    /// <typeparam name="T">The value type.</typeparam>
    /// <returns>The value.</returns>
    public async ValueTask<T> GetOrCreateAsync<T>(
        CacheKey key,
        Func<CancellationToken, ValueTask<T>> factory,
        CacheEntryPolicy? policy = null,
        IEnumerable<string>? tags = null,
        CancellationToken cancellationToken = default) =>
        (await GetOrCreateWithMetadataAsync(key, factory, policy, tags, cancellationToken)).Value;
}
