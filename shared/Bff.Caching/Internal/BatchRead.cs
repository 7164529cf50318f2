using ZiggyCreatures.Caching.Fusion;

namespace Bff.Caching.Internal;

/// <summary>
/// The DataLoader read FusionCache has no call for: memory for all ids, then one Redis round trip for the rest
/// (<see cref="DistributedBatch"/>), then one backend call, then a normal FusionCache write of what it returned.
/// </summary>
internal sealed class BatchRead(IFusionCache fusion, DistributedBatch distributed, CacheMetrics metrics)
{
    public async Task<IReadOnlyDictionary<TId, CacheResult<T>>> RunAsync<TId, T>(BatchRequest<TId, T> request, CancellationToken ct)
        where TId : notnull
    {
        var found = new Dictionary<TId, CacheResult<T>>(request.Ids.Count);
        var memoryOnly = request.Options.Duplicate();
        memoryOnly.SkipDistributedCacheRead = true;
        var misses = new List<BatchMiss<TId, T>>();
        foreach (var id in request.Ids.Distinct())
        {
            var key = request.KeyOf(id);
            var hit = await fusion.TryGetAsync<T>(key.Value, memoryOnly, ct).ConfigureAwait(false);
            if (hit.HasValue)
            {
                found[id] = new CacheResult<T>(hit.Value, false, CacheSource.L1);
            }
            else
            {
                misses.Add(new BatchMiss<TId, T>(id, key));
            }
        }

        misses = await distributed.ReadAsync(misses, request.Options, found, ct).ConfigureAwait(false);
        if (misses.Count > 0)
        {
            await LoadAsync(request, misses, found, ct).ConfigureAwait(false);
        }

        return found;
    }

    private async Task LoadAsync<TId, T>(BatchRequest<TId, T> request, List<BatchMiss<TId, T>> misses, Dictionary<TId, CacheResult<T>> found, CancellationToken ct)
        where TId : notnull
    {
        IReadOnlyDictionary<TId, T> loaded;
        try
        {
            loaded = await request.Load(misses.ConvertAll(m => m.Id), ct).ConfigureAwait(false);
        }
        catch (Exception) when (!ct.IsCancellationRequested && request.Options.IsFailSafeEnabled)
        {
            if (!await AllHaveStaleAsync(misses, request.Options, ct).ConfigureAwait(false))
            {
                throw;
            }

            foreach (var miss in misses)
            {
                metrics.StaleServed(miss.Key);
                var age = miss.StaleTimestamp is { } at ? StaleAge.Since(at) : request.Options.Duration;
                found[miss.Id] = new CacheResult<T>(miss.Stale!, true, miss.StaleTimestamp is null ? CacheSource.L1 : CacheSource.L2, age);
            }

            return;
        }

        var writes = new List<Task>(loaded.Count);
        var options = LoadedValues.WriteOptions(request.Options);
        foreach (var miss in misses)
        {
            if (loaded.TryGetValue(miss.Id, out var value))
            {
                found[miss.Id] = new CacheResult<T>(value, false, CacheSource.Factory);
                writes.Add(fusion.SetAsync(miss.Key.Value, value, options, request.TagsOf?.Invoke(miss.Id, value), ct).AsTask());
            }
        }

        // Concurrent writes share the multiplexer's pipeline; FusionCache handles a failing Redis itself.
        await Task.WhenAll(writes).ConfigureAwait(false);
    }

    /// <summary>Stale-if-error: only when every missing id has a stale copy (Redis's, or memory's past its fresh time).</summary>
    private async Task<bool> AllHaveStaleAsync<TId, T>(List<BatchMiss<TId, T>> misses, FusionCacheEntryOptions options, CancellationToken ct)
        where TId : notnull
    {
        var staleFromMemory = options.Duplicate();
        staleFromMemory.SkipDistributedCacheRead = true;
        staleFromMemory.AllowStaleOnReadOnly = true;
        foreach (var miss in misses.Where(m => !m.HasStale))
        {
            // The fresh pass missed it, so whatever memory still holds is past its fresh time.
            var copy = await fusion.TryGetAsync<T>(miss.Key.Value, staleFromMemory, ct).ConfigureAwait(false);
            // Its timestamp is FusionCache's alone: the age will be the fresh time, a lower bound (see StaleAge).
            (miss.HasStale, miss.Stale) = (copy.HasValue, copy.HasValue ? copy.Value : default);
        }

        return misses.TrueForAll(m => m.HasStale);
    }
}
