using Bff.Caching;
using Bff.GraphQL.DataLoader;
using Bff.GraphQL.Execution;

namespace Bff.Domains.Common;

/// <summary>
/// A DataLoader over one backend batch endpoint, through the cache's batch read: the ids of one request's batch cost
/// one memory pass, one Redis round trip for those memory lacks, and one backend call for the rest (split at the
/// backends' 100-id limit); none when all are cached. Values come back with their stale flag noticed.
/// </summary>
internal abstract class CachedBatchDataLoader<T>(BatchScheduler scheduler, BffCache cache, string backend, string policy)
    : BatchDataLoader<string, CacheResult<T>>(scheduler, new DataLoaderOptions { MaxBatchSize = BackendLimits.MaxBatchIds })
    where T : class
{
    /// <summary>The value of <paramref name="id"/> for the field being resolved, or null when the backend has none.</summary>
    public async Task<T?> LoadValueAsync(IResolverContext context, string id)
    {
        var result = await LoadAsync(id, context.RequestAborted).ConfigureAwait(false);
        StaleValues.Notice(context, result);
        return result.Value;
    }

    /// <summary>The cache key of one id.</summary>
    protected abstract CacheKey KeyOf(string id);

    /// <summary>The id a fetched value belongs to.</summary>
    protected abstract string IdOf(T value);

    /// <summary>One backend batch call for at most 100 ids; ids it does not return are unknown.</summary>
    protected abstract Task<IEnumerable<T>> FetchAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken);

    /// <summary>Tags of a loaded value, for invalidation.</summary>
    protected virtual IEnumerable<string>? TagsOf(string id, T value) => null;

    /// <summary>Runs after a batch loaded, before its values reach the resolvers (e.g. to load what they will ask next).</summary>
    protected virtual Task OnLoadedAsync(IReadOnlyDictionary<string, CacheResult<T>> values, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    protected sealed override async Task<IReadOnlyDictionary<string, CacheResult<T>>> LoadBatchAsync(
        IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        // Mapped outside the cache, so that its fail-safe sees the backend's own exception.
        var values = await BackendCall.RunAsync(
            backend, ct => cache.GetManyAsync(keys, KeyOf, LoadMissingAsync, policy, TagsOf, ct), cancellationToken).ConfigureAwait(false);
        await OnLoadedAsync(values, cancellationToken).ConfigureAwait(false);
        return values;
    }

    private async Task<IReadOnlyDictionary<string, T>> LoadMissingAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, T>(ids.Count, StringComparer.Ordinal);
        // The loader already splits at the limit; the cache passes only the missing part on.
        foreach (var chunk in ids.Chunk(BackendLimits.MaxBatchIds))
        {
            foreach (var value in await FetchAsync(chunk, cancellationToken).ConfigureAwait(false))
            {
                found[IdOf(value)] = value;
            }
        }

        return found;
    }
}
