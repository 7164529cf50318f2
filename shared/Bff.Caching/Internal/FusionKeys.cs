using Microsoft.Extensions.Options;
using ZiggyCreatures.Caching.Fusion;

namespace Bff.Caching.Internal;

/// <summary>
/// Where FusionCache puts a key: in memory <c>{CacheKeyPrefix}{key}</c>; in Redis the wire-format version in front
/// (<c>DistributedCacheKeyModifierMode.Prefix</c>), e.g. <c>v2:bff:catalog:v1:42</c>, RedisCache adding no instance name.
/// </summary>
internal sealed class FusionKeys(IOptions<CachingOptions> options)
{
    private readonly string _prefix = options.Value.KeyPrefix + FusionCacheInternalStrings.DefaultCacheKeyPrefixSeparator;

    private static readonly string WireFormat =
        FusionCacheOptions.DistributedCacheWireFormatVersion + FusionCacheInternalStrings.DefaultDistributedCacheWireFormatSeparator;

    /// <summary>FusionCache's <c>CacheKeyPrefix</c>.</summary>
    public string Prefix => _prefix;

    /// <summary>The key FusionCache reports in events.</summary>
    public string InFusion(CacheKey key) => _prefix + key.Value;

    /// <summary>The Redis key of the hash RedisCache writes for <paramref name="key"/>.</summary>
    public string InRedis(CacheKey key) => WireFormat + _prefix + key.Value;
}
