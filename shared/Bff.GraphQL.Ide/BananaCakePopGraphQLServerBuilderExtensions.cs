using Bff.GraphQL.Ide;
using Bff.GraphQL.Ide.Internal;
using Bff.GraphQL.Server;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds Banana Cake Pop, the GraphQL IDE, to a GraphQL server (Hot Chocolate's familiar entry point).</summary>
public static class BananaCakePopGraphQLServerBuilderExtensions
{
    /// <summary>
    /// Serves Banana Cake Pop to browsers on the GraphQL endpoint (<c>GET /graphql</c> with <c>Accept: text/html</c>)
    /// and its files below it (<c>/graphql/static/...</c>, <c>/graphql/bcp-config.json</c>). The IDE's files are embedded
    /// in this library, so it works offline and makes no request beyond the service.
    /// </summary>
    public static GraphQLServerBuilder AddBananaCakePop(
        this GraphQLServerBuilder builder, Action<BananaCakePopOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = builder.Services.AddOptions<BananaCakePopOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        builder.Services.TryAddSingleton(_ => IdeFiles.LoadEmbedded());
        builder.Services.TryAddSingleton<IGraphQLIde>(sp => new BananaCakePopIde(
            sp.GetRequiredService<IdeFiles>(),
            BananaCakePopConfig.Create(sp.GetRequiredService<IOptions<BananaCakePopOptions>>().Value)));
        return builder;
    }
}
