using System.Text.Json.Serialization;
using Bff.Caching.Internal;
using ZiggyCreatures.Caching.Fusion;

namespace Bff.Caching;

/// <summary>Returned by <see cref="CachingServiceCollectionExtensions.AddBffCaching"/> to add serializers or tune FusionCache.</summary>
public sealed class BffCachingBuilder
{
    private readonly JsonContexts _contexts;

    internal BffCachingBuilder(IFusionCacheBuilder fusion, JsonContexts contexts)
    {
        Fusion = fusion;
        _contexts = contexts;
    }

    /// <summary>FusionCache's own builder, for anything the BFF layer does not set (plugins, more options).</summary>
    public IFusionCacheBuilder Fusion { get; }

    /// <summary>Serializes the types of <paramref name="context"/> with its source-generated metadata.</summary>
    /// <param name="context">A <see cref="JsonSerializerContext"/> of the cached types.</param>
    /// <returns>The builder.</returns>
    public BffCachingBuilder AddJsonContext(JsonSerializerContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _contexts.Contexts.Add(context);
        return this;
    }
}
