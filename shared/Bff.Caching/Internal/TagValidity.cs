using Bff.Caching.Policies;
using ZiggyCreatures.Caching.Fusion;

namespace Bff.Caching.Internal;

/// <summary>
/// The check FusionCache makes before it trusts an entry read from Redis, for entries the batch read decodes itself:
/// an entry is gone once one of its tags (or a clear) was invalidated at or after its timestamp. The invalidation
/// times are FusionCache's own tag entries (<c>__fc:t:{tag}</c>), read through FusionCache, so mostly from memory.
/// </summary>
internal sealed class TagValidity(IFusionCache cache, CachePolicies policies)
{
    private static readonly string[] ClearTags =
        [FusionCacheInternalStrings.DefaultClearRemoveTag, FusionCacheInternalStrings.DefaultClearExpireTag];

    public async ValueTask<bool> IsValidAsync(long entryTimestamp, string[]? tags, CancellationToken cancellationToken)
    {
        foreach (var tag in ClearTags.Concat(tags ?? []))
        {
            if (entryTimestamp <= await InvalidatedAtAsync(tag, cancellationToken).ConfigureAwait(false))
            {
                return false;
            }
        }

        return true;
    }

    private ValueTask<long> InvalidatedAtAsync(string tag, CancellationToken cancellationToken) =>
        cache.GetOrSetAsync<long>(
            FusionCacheInternalStrings.DefaultTagCacheKeyPrefix + tag,
            static (ctx, _) =>
            {
                // As FusionCache does: a tag never invalidated is 0 and is not written anywhere.
                var at = ctx.HasStaleValue ? ctx.StaleValue.Value : 0L;
                if (at == 0L)
                {
                    ctx.Options.SkipDistributedCacheWrite = true;
                    ctx.Options.SkipBackplaneNotifications = true;
                }

                return Task.FromResult(at);
            },
            0L,
            policies.Tags,
            tags: null,
            cancellationToken);
}
