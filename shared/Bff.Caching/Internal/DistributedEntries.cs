using ZiggyCreatures.Caching.Fusion.Internals.Distributed;
using ZiggyCreatures.Caching.Fusion.Serialization;

namespace Bff.Caching.Internal;

/// <summary>Decodes the <c>data</c> of a Redis hash as the <see cref="FusionCacheDistributedEntry{TValue}"/> FusionCache wrote.</summary>
internal static class DistributedEntries
{
    public static FusionCacheDistributedEntry<T>? Decode<T>(IFusionCacheSerializer serializer, byte[]? data)
    {
        if (data is null)
        {
            return null;
        }

        try
        {
            return serializer.Deserialize<FusionCacheDistributedEntry<T>>(data);
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or NotSupportedException or InvalidOperationException)
        {
            // An entry of another type or format reads as a miss, as FusionCache treats it.
            return null;
        }
    }
}
