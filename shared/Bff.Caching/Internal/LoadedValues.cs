using ZiggyCreatures.Caching.Fusion;

namespace Bff.Caching.Internal;

/// <summary>
/// How a value just loaded from the backend is written: to memory and Redis, but with no backplane message.
/// A load happens only when this instance's memory and Redis both lacked a fresh entry; any copy another instance
/// still holds in memory came from an entry no fresher than Redis's (memory copies of Redis entries keep only
/// Redis's remaining fresh time), so it expires on its own by then. Evicting it would only make that instance read
/// Redis again. Writes that change a value (<see cref="BffCache.SetAsync{T}"/>, removals, tag invalidations) still
/// notify: there another instance's copy is wrong, not merely old. The message per loaded entry was a PUBLISH and a
/// decode on every other instance, for every entry of every cold request.
/// </summary>
internal static class LoadedValues
{
    /// <summary>The batch read's write options: the policy's, without backplane notifications.</summary>
    public static FusionCacheEntryOptions WriteOptions(FusionCacheEntryOptions policy)
    {
        var options = policy.Duplicate();
        SkipNotifications(options);
        return options;
    }

    /// <summary>Turns the notifications off on options FusionCache gives a factory for the entry it is about to write.</summary>
    public static void SkipNotifications(FusionCacheEntryOptions options) => options.SkipBackplaneNotifications = true;
}
