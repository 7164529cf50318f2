using Bff.Caching;
using Bff.GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace Bff.Domains.Common;

/// <summary>A single cached read (no batch endpoint, or private data), mapped and flagged like the batch reads.</summary>
internal static class CachedRead
{
    public static async Task<T> GetAsync<T>(
        IResolverContext context, string backend, CacheKey key, string policy, Func<CancellationToken, Task<T>> load,
        IEnumerable<string>? tags = null)
    {
        var cache = context.Services.GetRequiredService<BffCache>();
        var result = await BackendCall.RunAsync(
            backend, ct => cache.GetOrSetAsync(key, load, policy, tags, ct), context.RequestAborted).ConfigureAwait(false);
        StaleValues.Notice(context, result);
        return result.Value;
    }

    /// <summary>A call that is never cached (writes, live data), mapped like every other.</summary>
    public static Task<T> CallAsync<T>(IResolverContext context, string backend, Func<CancellationToken, Task<T>> call) =>
        BackendCall.RunAsync(backend, call, context.RequestAborted);
}
