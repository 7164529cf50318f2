using Bff.Caching;
using Bff.GraphQL.Execution;

namespace Bff.Domains.Common;

/// <summary>
/// THE seam where a stale cached value is noticed: every cached read of the modules (<see cref="CachedRead"/> and
/// <see cref="CachedBatchDataLoader{T}"/>) hands its result here with the context of the field it resolves, so each
/// stale field is listed in the response's <c>extensions.stale</c> with its own path and age (the engine's
/// <c>ReportStale</c>, which also makes the response <c>no-store</c>). A DataLoader value shared by several fields is
/// reported once per field, each with its path.
/// </summary>
internal static class StaleValues
{
    public static void Notice<T>(IResolverContext context, CacheResult<T> result)
    {
        if (result.IsStale)
        {
            // The cache always sets an age on a stale value (a lower bound where it cannot know better).
            context.ReportStale(result.Age ?? TimeSpan.Zero);
        }
    }
}
