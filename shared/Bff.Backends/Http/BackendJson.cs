using System.ComponentModel;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Bff.Backends.Http;

/// <summary>JSON metadata lookup for generated clients; each client does it once per type, at type initialization.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class BackendJson
{
    /// <summary>The source-generated metadata of <typeparamref name="T"/> in <paramref name="context"/>.</summary>
    public static JsonTypeInfo<T> GetTypeInfo<T>(JsonSerializerContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.GetTypeInfo(typeof(T)) as JsonTypeInfo<T>
            ?? throw new InvalidOperationException($"{context.GetType().Name} has no metadata for {typeof(T).Name}; add [JsonSerializable(typeof({typeof(T).Name}))].");
    }
}
