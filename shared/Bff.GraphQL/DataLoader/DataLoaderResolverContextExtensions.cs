using System.Collections.Concurrent;
using Bff.GraphQL.Execution;

namespace Bff.GraphQL.DataLoader;

/// <summary>One-line DataLoader use from a resolver.</summary>
public static class DataLoaderResolverContextExtensions
{
    private static readonly ConcurrentDictionary<string, string> StateKeys = new(StringComparer.Ordinal);

    /// <summary>
    /// The request's DataLoader named <paramref name="name"/>, created on first use with <paramref name="fetch"/>:
    /// <c>ctx.BatchLoader&lt;string, Price&gt;("prices", FetchPrices).LoadAsync(id, ctx.RequestAborted)</c>.
    /// </summary>
    public static BatchDataLoader<TKey, TValue> BatchLoader<TKey, TValue>(
        this IResolverContext context,
        string name,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch,
        DataLoaderOptions? options = null)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(context);
        var key = StateKey(name);
        // Every item of a list asks for the same loader: find it without allocating the factory that creates it.
        if (context is FieldTask task && task.FindState(key) is BatchDataLoader<TKey, TValue> existing)
        {
            return existing;
        }

        return context.GetOrAddState<BatchDataLoader<TKey, TValue>>(
            key, () => new FuncBatchDataLoader<TKey, TValue>(context.BatchScheduler, fetch, options));
    }

    /// <summary>The state key of a loader name, built once per name (names are few, and usually literals).</summary>
    private static string StateKey(string name)
    {
        if (name is null)
        {
            return "dataloader:";
        }

        if (StateKeys.TryGetValue(name, out var key))
        {
            return key;
        }

        key = "dataloader:" + name;
        if (StateKeys.Count < 1024)
        {
            StateKeys.TryAdd(name, key);
        }

        return key;
    }

    /// <summary>A DataLoader registered in the request's services (scoped), e.g. by <c>AddDataLoader&lt;T&gt;()</c>.</summary>
    public static TLoader DataLoader<TLoader>(this IResolverContext context)
        where TLoader : class
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Services.GetService(typeof(TLoader)) as TLoader
            ?? throw new InvalidOperationException($"The DataLoader {typeof(TLoader).Name} is not registered.");
    }
}
