using System.Collections.Frozen;
using Microsoft.Extensions.Options;
using ZiggyCreatures.Caching.Fusion;

namespace Bff.Caching.Policies;

/// <summary>The configured policies as FusionCache entry options, built once at start-up.</summary>
internal sealed class CachePolicies
{
    private readonly FrozenDictionary<string, FusionCacheEntryOptions> _named;

    public CachePolicies(IOptions<CachingOptions> options)
    {
        var value = options.Value;
        Default = value.Defaults.ToEntryOptions(value.DistributedCacheTimeout);
        _named = value.Policies.ToFrozenDictionary(
            p => p.Key, p => p.Value.ToEntryOptions(value.DistributedCacheTimeout), StringComparer.Ordinal);

        // FusionCache's own defaults for tag entries, kept as long as TagRetention and counted in the L1 bound.
        Tags = new FusionCacheOptions().TagsDefaultEntryOptions.Duplicate();
        Tags.Duration = value.TagRetention;
        Tags.DistributedCacheDuration = value.TagRetention;
        Tags.FailSafeMaxDuration = value.TagRetention;
        Tags.Size = 1;
        Tags.DistributedCacheHardTimeout = value.DistributedCacheTimeout;
    }

    /// <summary>FusionCache's <c>TagsDefaultEntryOptions</c>: the entries that remember when a tag was invalidated.</summary>
    public FusionCacheEntryOptions Tags { get; }

    public FusionCacheEntryOptions Default { get; }

    /// <summary>The options of <paramref name="policy"/>, or the defaults when null; FusionCache never changes them.</summary>
    public FusionCacheEntryOptions Get(string? policy) =>
        policy is null ? Default
        : _named.TryGetValue(policy, out var options) ? options
        : throw new ArgumentException($"No cache policy '{policy}' is configured under {CachingOptions.SectionName}:Policies.", nameof(policy));
}
