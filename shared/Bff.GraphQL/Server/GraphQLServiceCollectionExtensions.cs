using Bff.GraphQL.DataLoader;
using Bff.GraphQL.Server;
using Bff.GraphQL.Server.Persisted;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the GraphQL server (Hot Chocolate's familiar entry point).</summary>
public static class GraphQLServiceCollectionExtensions
{
    /// <summary>Adds the GraphQL server; configure its schema and options on the returned builder.</summary>
    public static GraphQLServerBuilder AddGraphQLServer(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var builder = new GraphQLServerBuilder(services);
        // Exception details, introspection and the SDL only where developers look: a public schema is a map for
        // attackers. ModifyServerOptions, registered later, still wins.
        services.AddOptions<GraphQLServerOptions>()
            .Configure<IServiceProvider>((options, sp) =>
            {
                var development = sp.GetService<IHostEnvironment>()?.IsDevelopment() == true;
                options.IncludeExceptionDetails = development;
                options.EnableSchemaRequests = development;
                options.Validation = options.Validation with { AllowIntrospection = development };
            });
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<GraphQLServerOptions>>().Value);
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<GraphQLServerOptions>();
            var schema = builder.BuildSchema();
            var persisted = sp.GetService<IPersistedOperationStore>();
            if (persisted is InMemoryPersistedOperationStore deployed)
            {
                PersistedOperationValidator.Validate(schema, options, deployed);
            }

            return new GraphQLRequestExecutor(
                schema,
                options,
                sp.GetRequiredService<ILogger<GraphQLRequestExecutor>>(),
                persisted,
                options.EnableAutomaticPersistedQueries ? sp.GetService<IAutomaticPersistedQueryStore>() : null,
                sp.GetServices<Bff.GraphQL.Execution.IErrorFilter>());
        });
        services.AddScoped<BatchScheduler>();
        // Building the schema at start-up makes a broken schema fail the service before it takes traffic.
        services.AddHostedService<SchemaWarmup>();
        return builder;
    }

    private sealed class SchemaWarmup(GraphQLRequestExecutor executor) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            // Resolving the executor built the schema; nothing else to do.
            GC.KeepAlive(executor);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
