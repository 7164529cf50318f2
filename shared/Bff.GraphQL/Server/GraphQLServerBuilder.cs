using Bff.GraphQL.DataLoader;
using Bff.GraphQL.Execution;
using Bff.GraphQL.Server.Persisted;
using Bff.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bff.GraphQL.Server;

/// <summary>
/// Configures the GraphQL server of a service, in the shape of Hot Chocolate's <c>IRequestExecutorBuilder</c>:
/// the schema (SDL modules, resolvers, bindings, composition) and the server's options.
/// </summary>
public sealed class GraphQLServerBuilder
{
    private readonly List<Action<SchemaBuilder>> schemaSteps = [];
    private readonly List<Func<IEnumerable<PersistedOperation>>> persistedSources = [];

    internal GraphQLServerBuilder(IServiceCollection services) => Services = services;

    /// <summary>The service collection the server is registered in.</summary>
    public IServiceCollection Services { get; }

    /// <summary>Any change to the schema builder; the other schema methods are shortcuts for common ones.</summary>
    public GraphQLServerBuilder ConfigureSchema(Action<SchemaBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        schemaSteps.Add(configure);
        return this;
    }

    public GraphQLServerBuilder AddDocumentFromString(string sdl) => ConfigureSchema(b => b.AddDocumentFromString(sdl));

    public GraphQLServerBuilder AddResolver(string type, string field, FieldResolverDelegate resolver) =>
        ConfigureSchema(b => b.AddResolver(type, field, resolver));

    public GraphQLServerBuilder AddResolver(string type, string field, Func<IResolverContext, object?> resolver) =>
        ConfigureSchema(b => b.AddResolver(type, field, resolver));

    public GraphQLServerBuilder AddResolver<T>(string type, string field, Func<IResolverContext, Task<T>> resolver) =>
        ConfigureSchema(b => b.AddResolver(type, field, resolver));

    public GraphQLServerBuilder BindRuntimeType<T>(string typeName) => ConfigureSchema(b => b.BindRuntimeType<T>(typeName));

    public GraphQLServerBuilder AddScalar(ScalarType scalar) => ConfigureSchema(b => b.AddScalar(scalar));

    /// <summary>Changes the server's options (limits, timeouts, persisted operations).</summary>
    public GraphQLServerBuilder ModifyServerOptions(Action<GraphQLServerOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        Services.Configure(configure);
        return this;
    }

    /// <summary>
    /// Turns introspection and <c>GET ?sdl</c> on or off, whatever the environment (both are on only in Development
    /// unless set here), e.g. for a web BFF whose IDE needs the schema.
    /// </summary>
    public GraphQLServerBuilder AllowIntrospection(bool allow = true) => ModifyServerOptions(o =>
    {
        o.EnableSchemaRequests = allow;
        o.Validation = o.Validation with { AllowIntrospection = allow };
    });

    /// <summary>Adds an error filter (Hot Chocolate's <c>AddErrorFilter&lt;T&gt;()</c>), resolved once from the services.</summary>
    public GraphQLServerBuilder AddErrorFilter<TFilter>()
        where TFilter : class, IErrorFilter
    {
        Services.AddSingleton<IErrorFilter, TFilter>();
        return this;
    }

    /// <summary>Adds an error filter from a function: given the located error and its exception, the error to report.</summary>
    public GraphQLServerBuilder AddErrorFilter(Func<GraphQLError, Exception, GraphQLError> filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        Services.AddSingleton<IErrorFilter>(new DelegateErrorFilter(filter));
        return this;
    }

    /// <summary>Registers a DataLoader for each request (it gets the request's <see cref="BatchScheduler"/>).</summary>
    public GraphQLServerBuilder AddDataLoader<TLoader>()
        where TLoader : class, IBatchDispatcher
    {
        Services.TryAddScoped<TLoader>();
        return this;
    }

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

    internal Schema BuildSchema()
    {
        var builder = SchemaBuilder.New();
        foreach (var step in schemaSteps)
        {
            step(builder);
        }

        return builder.Create();
    }
}
