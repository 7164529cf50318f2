using ZiggyCreatures.Caching.Fusion;
using ZiggyCreatures.Caching.Fusion.Events;

namespace Bff.Caching.Internal;

/// <summary>
/// Tells a caller whether the value FusionCache returned is stale. FusionCache 2.9 returns only the value, but it raises
/// events for each read: a hit flagged stale (a fail-safe entry, or the stale value handed out while another caller
/// refreshes) and fail-safe activation (the backend failed or was slower than the soft timeout). With
/// <c>EnableSyncEventHandlersExecution</c> they run on the reading flow, so an <see cref="AsyncLocal{T}"/> scope of that
/// read, matched by key (tag lookups inside the read have other keys), collects them.
/// </summary>
internal static class ReadObserver
{
    private static readonly AsyncLocal<ReadScope?> Current = new();

    /// <summary>Subscribes to the events of <paramref name="cache"/>; once per cache.</summary>
    public static void Attach(IFusionCache cache)
    {
        cache.Events.Hit += OnHit;
        cache.Events.FailSafeActivate += OnFailSafeActivate;
        cache.Events.Distributed.Hit += OnDistributedHit;
        cache.Events.Memory.Hit += OnMemoryHit;
    }

    /// <summary>Starts observing a read of <paramref name="fusionKey"/> on the current flow; the calling async method's end ends it.</summary>
    public static ReadScope Begin(string fusionKey)
    {
        var scope = new ReadScope(fusionKey);
        Current.Value = scope;
        return scope;
    }

    private static ReadScope? For(string key) =>
        Current.Value is { } scope && string.Equals(scope.FusionKey, key, StringComparison.Ordinal) ? scope : null;

    private static void OnHit(object? sender, FusionCacheEntryHitEventArgs e)
    {
        if (e.IsStale)
        {
            For(e.Key)?.MarkStale();
        }
    }

    private static void OnFailSafeActivate(object? sender, FusionCacheEntryEventArgs e) => For(e.Key)?.MarkStale();

    private static void OnDistributedHit(object? sender, FusionCacheEntryHitEventArgs e)
    {
        if (!e.IsStale)
        {
            For(e.Key)?.MarkDistributedHit();
        }
    }

    private static void OnMemoryHit(object? sender, FusionCacheEntryHitEventArgs e) => For(e.Key)?.MarkMemoryHit();
}
