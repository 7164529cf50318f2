using Bff.GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace Bff.Domains.Common;

/// <summary>
/// THE seam where a stale cached value is noticed: every cached read of the modules reports its
/// <c>CacheResult.IsStale</c> here with the field's path and backend. Today the request's <see cref="StaleFields"/>
/// collects them; when the engine lets resolvers add response extensions, this is the one place to write
/// <c>extensions.stale</c> (or whatever the engine's shape is) from.
/// </summary>
internal static class StaleValues
{
    public static void Notice(IResolverContext context, string backend, bool isStale)
    {
        if (isStale)
        {
            context.Services.GetService<StaleFields>()?.Add(context.Path, backend);
        }
    }
}
