using Microsoft.Extensions.Caching.Memory;

namespace Bff.GraphQL.Server.Persisted;

/// <summary>
/// Registered documents kept in this process, bounded in bytes and least recently used first out: a flood of
/// registrations pushes out only documents nobody asks for, and a client whose document was pushed out simply sends
/// the full text again (the protocol's PersistedQueryNotFound). Use <see cref="HybridCacheAutomaticPersistedQueryStore"/>
/// to share them across instances.
/// </summary>
public sealed class InMemoryAutomaticPersistedQueryStore : IAutomaticPersistedQueryStore, IDisposable
{
    /// <summary>The default bound: 16 MiB of document text.</summary>
    public const long DefaultSizeLimitBytes = 16L * 1024 * 1024;

    private const int EntryOverhead = 128;

    private readonly MemoryCache documents;

    /// <summary>Creates a store holding at most about <paramref name="sizeLimitBytes"/> bytes of hashes and documents.</summary>
    public InMemoryAutomaticPersistedQueryStore(long sizeLimitBytes = DefaultSizeLimitBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sizeLimitBytes);
        SizeLimitBytes = sizeLimitBytes;
        documents = new MemoryCache(new MemoryCacheOptions
        {
            SizeLimit = sizeLimitBytes,
            CompactionPercentage = 0.10,
            TrackStatistics = true,
        });
    }

    /// <summary>The bound, in bytes.</summary>
    public long SizeLimitBytes { get; }

    /// <summary>The estimated bytes held now (UTF-16 text of hashes and documents).</summary>
    public long SizeBytes => documents.GetCurrentStatistics()?.CurrentEstimatedSize ?? 0;

    /// <inheritdoc />
    public ValueTask<string?> TryGetAsync(string sha256Hash, CancellationToken cancellationToken) =>
        new(documents.Get<string>(sha256Hash));

    /// <inheritdoc />
    public ValueTask SaveAsync(string sha256Hash, string document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sha256Hash);
        ArgumentNullException.ThrowIfNull(document);
        documents.Set(sha256Hash, document, new MemoryCacheEntryOptions
        {
            Size = (2L * (sha256Hash.Length + document.Length)) + EntryOverhead,
        });
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public void Dispose() => documents.Dispose();
}
