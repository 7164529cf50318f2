namespace Bff.GraphQL.DataLoader;

/// <summary>A DataLoader whose batch fetch is a delegate, for loaders declared inline in a resolver.</summary>
public sealed class FuncBatchDataLoader<TKey, TValue>(
    BatchScheduler scheduler,
    Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch,
    DataLoaderOptions? options = null) : BatchDataLoader<TKey, TValue>(scheduler, options)
    where TKey : notnull
{
    protected override Task<IReadOnlyDictionary<TKey, TValue>> LoadBatchAsync(
        IReadOnlyList<TKey> keys, CancellationToken cancellationToken) => fetch(keys, cancellationToken);
}
