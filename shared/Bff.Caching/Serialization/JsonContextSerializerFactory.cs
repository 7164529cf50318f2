using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Caching.Hybrid;

namespace Bff.Caching.Serialization;

/// <summary>Serializers for every type a source-generated <see cref="JsonSerializerContext"/> knows.</summary>
internal sealed class JsonContextSerializerFactory(JsonSerializerContext context) : IHybridCacheSerializerFactory
{
    public bool TryCreateSerializer<T>([NotNullWhen(true)] out IHybridCacheSerializer<T>? serializer)
    {
        serializer = context.GetTypeInfo(typeof(T)) is JsonTypeInfo<T> typeInfo
            ? new JsonTypeInfoSerializer<T>(typeInfo)
            : null;
        return serializer is not null;
    }
}
