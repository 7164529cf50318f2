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
public sealed partial class GraphQLServerBuilder
{
    private readonly List<Action<SchemaBuilder>> schemaSteps = [];

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

    /// <summary>Changes the schema's options, as Hot Chocolate's <c>ModifyOptions(o =&gt; o.EnableDefer = true)</c>.</summary>
    public GraphQLServerBuilder ModifyOptions(Action<SchemaOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return ConfigureSchema(b => b.ModifyOptions(configure));
    }

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
