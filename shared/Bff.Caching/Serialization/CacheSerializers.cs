using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;

namespace Bff.Caching.Serialization;

/// <summary>
/// Finds the serializer of a type once and remembers it: a registered <see cref="IHybridCacheSerializer{T}"/>
/// first, then the factories (latest registration wins, as in HybridCache), then strings and byte arrays.
/// There is deliberately no reflection-based fallback: a type without a serializer fails loudly.
/// </summary>
internal sealed class CacheSerializers(IServiceProvider services, IEnumerable<IHybridCacheSerializerFactory> factories)
{
    private readonly IHybridCacheSerializerFactory[] _factories = factories.Reverse().ToArray();
    private readonly ConcurrentDictionary<Type, object> _byType = new();

    public IHybridCacheSerializer<T> Get<T>() =>
        (IHybridCacheSerializer<T>)_byType.GetOrAdd(typeof(T), static (_, self) => self.Find<T>(), this);

    private IHybridCacheSerializer<T> Find<T>()
    {
        if (services.GetService<IHybridCacheSerializer<T>>() is { } registered)
        {
            return registered;
        }

        foreach (var factory in _factories)
        {
            if (factory.TryCreateSerializer<T>(out var created))
            {
                return created;
            }
        }

        return RawSerializers.Instance as IHybridCacheSerializer<T>
            ?? throw new InvalidOperationException(
                $"No cache serializer for {typeof(T)}. Register its source-generated JsonSerializerContext with AddTwoLevelCache().AddJsonContext(...).");
    }
}
