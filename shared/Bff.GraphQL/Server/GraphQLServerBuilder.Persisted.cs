using Bff.GraphQL.Server.Persisted;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bff.GraphQL.Server;

/// <summary>Persisted operations (deployed with the service) and Automatic Persisted Queries (registered by clients).</summary>
public sealed partial class GraphQLServerBuilder
{
    private readonly List<Func<IEnumerable<PersistedOperation>>> persistedSources = [];

    /// <summary>Serves the operations of <paramref name="directory"/> by id; with <paramref name="onlyAllowPersisted"/>, nothing else.</summary>
    public GraphQLServerBuilder UsePersistedOperations(string directory, bool onlyAllowPersisted = false)
    {
        Services.AddSingleton<IPersistedOperationStore>(new FileSystemPersistedOperationStore(directory));
        return ModifyServerOptions(o => o.OnlyAllowPersistedOperations = onlyAllowPersisted);
    }

    /// <summary>
    /// Serves the operations of an Apollo persisted-query manifest (Apollo Kotlin's and Apollo iOS's
    /// <c>persisted-query-manifest.json</c>) by id; with <paramref name="onlyAllowPersisted"/>, nothing else. Sources
    /// added with this and <see cref="UsePersistedOperationDocuments"/> are merged; at start-up each operation must
    /// validate against the schema, and a malformed or oversized manifest fails start-up.
    /// </summary>
    public GraphQLServerBuilder UsePersistedOperationManifest(
        string path, bool onlyAllowPersisted = false, PersistedOperationLimits? limits = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return AddPersistedSource(() => ApolloPersistedQueryManifest.Load(path, limits), onlyAllowPersisted);
    }

    /// <summary>
    /// Serves the <c>.graphql</c> files below <paramref name="directory"/>, each by the SHA-256 hex of its text (the APQ
    /// hash of that text); merged with manifests, validated at start-up like them.
    /// </summary>
    public GraphQLServerBuilder UsePersistedOperationDocuments(
        string directory, bool onlyAllowPersisted = false, PersistedOperationLimits? limits = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        return AddPersistedSource(() => PersistedOperationDocuments.Load(directory, limits), onlyAllowPersisted);
    }

    /// <summary>
    /// Lets clients register documents with Automatic Persisted Queries; only documents that parse and validate are
    /// registered. In memory (bounded in bytes, least recently used out) unless a store is registered.
    /// </summary>
    public GraphQLServerBuilder UseAutomaticPersistedQueries()
    {
        Services.TryAddSingleton<IAutomaticPersistedQueryStore>(_ => new InMemoryAutomaticPersistedQueryStore());
        return ModifyServerOptions(o => o.EnableAutomaticPersistedQueries = true);
    }

    /// <summary>
    /// Automatic Persisted Queries kept in the service's <see cref="Microsoft.Extensions.Caching.Hybrid.HybridCache"/>
    /// (register one, e.g. FusionCache's <c>AsHybridCache()</c> over Redis), so every instance knows every hash.
    /// </summary>
    public GraphQLServerBuilder UseSharedAutomaticPersistedQueries(TimeSpan? lifetime = null)
    {
        Services.AddSingleton<IAutomaticPersistedQueryStore>(sp => new HybridCacheAutomaticPersistedQueryStore(
            sp.GetRequiredService<Microsoft.Extensions.Caching.Hybrid.HybridCache>(), lifetime));
        return ModifyServerOptions(o => o.EnableAutomaticPersistedQueries = true);
    }

    private GraphQLServerBuilder AddPersistedSource(Func<IEnumerable<PersistedOperation>> source, bool onlyAllowPersisted)
    {
        if (persistedSources.Count == 0)
        {
            // One store for every source, loaded when the executor is built (at start-up).
            Services.AddSingleton<IPersistedOperationStore>(_ =>
                new InMemoryPersistedOperationStore(persistedSources.SelectMany(load => load())));
        }

        persistedSources.Add(source);
        // Any source asking for the allow-list turns it on; none turns it off again.
        return onlyAllowPersisted ? ModifyServerOptions(o => o.OnlyAllowPersistedOperations = true) : this;
    }
}
