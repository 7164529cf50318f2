using Bff.GraphQL.Execution;

namespace Bff.GraphQL.DataLoader;

/// <summary>One-line DataLoader use from a resolver.</summary>
public static class DataLoaderResolverContextExtensions
{
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
        return context.GetOrAddState<BatchDataLoader<TKey, TValue>>(
            "dataloader:" + name, () => new FuncBatchDataLoader<TKey, TValue>(context.BatchScheduler, fetch, options));
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
