using Microsoft.Extensions.Caching.Hybrid;

namespace Bff.GraphQL.Server.Persisted;

/// <summary>
/// Registered documents in the service's <see cref="HybridCache"/> (for the BFFs: FusionCache with Redis behind it),
/// so a hash registered on one instance runs on every other. Entries expire after <c>lifetime</c> unless registered
/// again; the cache's own bounds (its memory size limit, Redis's maxmemory policy) bound what floods can fill.
/// </summary>
public sealed class HybridCacheAutomaticPersistedQueryStore(HybridCache cache, TimeSpan? lifetime = null) : IAutomaticPersistedQueryStore
{
    /// <summary>Prefix of every key this store writes.</summary>
    public const string KeyPrefix = "graphql:apq:";

    private static readonly HybridCacheEntryOptions ReadOnly = new() { Flags = HybridCacheEntryFlags.DisableUnderlyingData };

    private readonly HybridCacheEntryOptions write = new()
    {
        Expiration = lifetime ?? TimeSpan.FromDays(1),
        LocalCacheExpiration = TimeSpan.FromMinutes(10),
    };

    /// <inheritdoc />
    public ValueTask<string?> TryGetAsync(string sha256Hash, CancellationToken cancellationToken) =>
        cache.GetOrCreateAsync(KeyPrefix + sha256Hash, static _ => ValueTask.FromResult<string?>(null), ReadOnly, cancellationToken: cancellationToken);

    /// <inheritdoc />
    public ValueTask SaveAsync(string sha256Hash, string document, CancellationToken cancellationToken) =>
        cache.SetAsync(KeyPrefix + sha256Hash, document, write, cancellationToken: cancellationToken);
}
