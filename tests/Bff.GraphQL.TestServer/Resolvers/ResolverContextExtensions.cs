using Bff.GraphQL.Execution;
using Bff.GraphQL.TestServer.Catalog;

namespace Bff.GraphQL.TestServer.Resolvers;

internal static class ResolverContextExtensions
{
    public static CatalogStore Catalog(this IResolverContext context) => context.Services.GetRequiredService<CatalogStore>();

    public static TestProbes Probes(this IResolverContext context) => context.Services.GetRequiredService<TestProbes>();
}
