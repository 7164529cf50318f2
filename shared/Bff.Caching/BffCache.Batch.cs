using Bff.Caching.Internal;

namespace Bff.Caching;

/// <content>The batch read for DataLoaders.</content>
public sealed partial class BffCache
{
    /// <summary>
    /// Reads many keys for a DataLoader: one pass over memory, one Redis round trip for what memory lacks, one call of
    /// <paramref name="load"/> for what is still missing, whose values are then written to memory and Redis as a normal
    /// FusionCache write (readable by every instance). When the backend fails, stale copies are returned flagged.
    /// </summary>
    /// <param name="ids">The ids the DataLoader asks for.</param>
    /// <param name="keyOf">The cache key of an id.</param>
    /// <param name="load">Loads the missing ids in one backend call; ids it does not return are absent from the result.</param>
    /// <param name="policy">A policy name from <c>Caching:Policies</c>; null for <c>Caching:Defaults</c>.</param>
    /// <param name="tagsOf">Tags of a loaded value, or null.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <typeparam name="TId">The id type.</typeparam>
    /// <typeparam name="T">The value type.</typeparam>
    /// <returns>The found values by id, each flagged and sourced.</returns>
    public Task<IReadOnlyDictionary<TId, CacheResult<T>>> GetManyAsync<TId, T>(
        IReadOnlyCollection<TId> ids,
        Func<TId, CacheKey> keyOf,
        Func<IReadOnlyList<TId>, CancellationToken, Task<IReadOnlyDictionary<TId, T>>> load,
        string? policy = null,
        Func<TId, T, IEnumerable<string>?>? tagsOf = null,
        CancellationToken cancellationToken = default)
        where TId : notnull
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(keyOf);
        ArgumentNullException.ThrowIfNull(load);
        var request = new BatchRequest<TId, T>(ids, keyOf, load, _policies.Get(policy), tagsOf);
        return _batch.RunAsync(request, cancellationToken);
    }
}
