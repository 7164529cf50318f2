using System.Text.Json.Serialization;
using Bff.Caching.Serialization;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;

namespace Bff.Caching;

/// <summary>Registers how cached types are serialized.</summary>
/// <param name="services">The service collection the cache is registered in.</param>
public sealed class TwoLevelCacheBuilder(IServiceCollection services)
{
    /// <summary>The service collection the cache is registered in.</summary>
    public IServiceCollection Services { get; } = services;

    /// <summary>Serializes every type <paramref name="context"/> knows with System.Text.Json source generation.</summary>
    /// <param name="context">A source-generated context, such as <c>MyJsonContext.Default</c>.</param>
    /// <returns>The builder.</returns>
    public TwoLevelCacheBuilder AddJsonContext(JsonSerializerContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Services.AddSingleton<IHybridCacheSerializerFactory>(new JsonContextSerializerFactory(context));
        return this;
    }

    /// <summary>Uses <paramref name="serializer"/> for <typeparamref name="T"/>, ahead of any factory.</summary>
    /// <param name="serializer">The serializer.</param>
    /// <typeparam name="T">The cached type.</typeparam>
    /// <returns>The builder.</returns>
    public TwoLevelCacheBuilder AddSerializer<T>(IHybridCacheSerializer<T> serializer)
    {
        ArgumentNullException.ThrowIfNull(serializer);
        Services.AddSingleton(serializer);
        return this;
    }

    /// <summary>Adds a serializer factory; factories added later are asked first.</summary>
    /// <param name="factory">The factory.</param>
    /// <returns>The builder.</returns>
    public TwoLevelCacheBuilder AddSerializerFactory(IHybridCacheSerializerFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        Services.AddSingleton(factory);
        return this;
    }
}
