using Bff.GraphQL.Server;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ZiggyCreatures.Caching.Fusion;
using ZiggyCreatures.Caching.Fusion.MicrosoftHybridCache;

namespace Bff.Web.Hosting;

/// <summary>Automatic Persisted Queries for the SPA (Apollo Client's <c>PersistedQueryLink</c>): a hash instead of the text.</summary>
internal static class WebPersistedQueryExtensions
{
    /// <summary>
    /// With Redis the registrations are shared (FusionCache as the <see cref="HybridCache"/>), so a hash registered
    /// through one instance runs on every other behind the same address; without it they stay in this process, bounded
    /// in memory. The web BFF runs any valid query anyway, so APQ only saves the SPA from sending the text again.
    /// </summary>
    public static GraphQLServerBuilder AddWebPersistedQueries(this GraphQLServerBuilder graphql, IConfiguration configuration)
    {
        if (string.IsNullOrWhiteSpace(configuration["Redis:Configuration"]))
        {
            return graphql.UseAutomaticPersistedQueries();
        }

        graphql.Services.TryAddSingleton<HybridCache>(sp => new FusionHybridCache(sp.GetRequiredService<IFusionCache>()));
        return graphql.UseSharedAutomaticPersistedQueries();
    }
}
