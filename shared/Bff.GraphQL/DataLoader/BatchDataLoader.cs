namespace Bff.GraphQL.DataLoader;

/// <summary>
/// Batches and de-duplicates loads of one request: every key asked for while the executor has other work is fetched
/// in one <see cref="LoadBatchAsync"/> call (split by <see cref="DataLoaderOptions.MaxBatchSize"/>). Keys the batch
/// does not return load as <c>default</c>. Create one per request (register scoped).
/// </summary>
public abstract class BatchDataLoader<TKey, TValue> : IBatchDispatcher
    where TKey : notnull
{
    private readonly BatchScheduler scheduler;
    private readonly DataLoaderOptions options;
    private readonly Lock gate = new();
    private readonly Dictionary<TKey, Task<TValue?>> loaded = [];
    private Dictionary<TKey, TaskCompletionSource<TValue?>>? waiting;

    protected BatchDataLoader(BatchScheduler scheduler, DataLoaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        this.scheduler = scheduler;
        this.options = options ?? DataLoaderOptions.Default;
    }

    /// <summary>Loads one key, joining the batch being collected.</summary>
    public Task<TValue?> LoadAsync(TKey key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        Task<TValue?> task;
        bool first;
        lock (gate)
        {
            task = Join(key, out first);
        }

        if (first)
        {
            scheduler.Schedule(this);
        }

        return Observe(task, cancellationToken);
    }

    /// <summary>
    /// Loads several keys in the same batch; the results keep the keys' order. The keys join under one lock, so a
    /// dispatch woken by the first of them cannot leave the others to a second batch.
    /// </summary>
    public async Task<IReadOnlyList<TValue?>> LoadAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var tasks = new Task<TValue?>[keys.Count];
        var first = false;
        lock (gate)
        {
            for (var i = 0; i < tasks.Length; i++)
            {
                ArgumentNullException.ThrowIfNull(keys[i], nameof(keys));
                tasks[i] = Join(keys[i], out var opened);
                first |= opened;
            }
        }

        if (first)
        {
            scheduler.Schedule(this);
        }

        for (var i = 0; i < tasks.Length; i++)
        {
            tasks[i] = Observe(tasks[i], cancellationToken);
        }

        return await Task.WhenAll(tasks);
    }

    /// <summary>Fetches a batch. Keys missing from the result load as <c>default</c>.</summary>
    protected abstract Task<IReadOnlyDictionary<TKey, TValue>> LoadBatchAsync(
        IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    // Under the gate: the cached or waiting promise of the key, or a new one; first when it opened a new batch.
    private Task<TValue?> Join(TKey key, out bool first)
    {
        first = false;
        if (options.Caching && loaded.TryGetValue(key, out var cached))
        {
            return cached;
        }

        if (waiting is null)
        {
            waiting = [];
            first = true;
        }

        if (!waiting.TryGetValue(key, out var promise))
        {
            // Continuations run where the batch completes them, inside the delivery (see FetchAsync).
            promise = new TaskCompletionSource<TValue?>();
            waiting[key] = promise;
        }

        if (options.Caching)
        {
            loaded[key] = promise.Task;
        }

        return promise.Task;
    }

    private Task<TValue?> Observe(Task<TValue?> task, CancellationToken cancellationToken) =>
        cancellationToken.CanBeCanceled && cancellationToken != scheduler.RequestAborted
            ? task.WaitAsync(cancellationToken)
            : task;

    Task IBatchDispatcher.DispatchAsync()
    {
        Dictionary<TKey, TaskCompletionSource<TValue?>>? batch;
        lock (gate)
        {
            batch = waiting;
            waiting = null;
        }

        if (batch is null || batch.Count == 0)
        {
            return Task.CompletedTask;
        }

        var keys = batch.Keys.ToArray();
        var size = options.MaxBatchSize > 0 ? options.MaxBatchSize : keys.Length;
        var fetches = new List<Task>((keys.Length + size - 1) / size);
        for (var start = 0; start < keys.Length; start += size)
        {
            fetches.Add(FetchAsync(keys[start..Math.Min(keys.Length, start + size)], batch));
        }

        return Task.WhenAll(fetches);
    }

    private async Task FetchAsync(TKey[] keys, Dictionary<TKey, TaskCompletionSource<TValue?>> promises)
    {
        try
        {
            var values = await LoadBatchAsync(keys, scheduler.RequestAborted);

            // The waiting resolvers resume here, one after another, before the executor may dispatch again: all of
            // them ask for their next level's keys first, so each level costs one batch.
            scheduler.BeginDelivery();
            try
            {
                foreach (var key in keys)
                {
                    promises[key].TrySetResult(values.TryGetValue(key, out var value) ? value : default);
                }
            }
            finally
            {
                scheduler.EndDelivery();
            }
        }
        catch (Exception exception)
        {
            lock (gate)
            {
                // A failed fetch is not cached: a later load in the same request may try again.
                foreach (var key in keys)
                {
                    loaded.Remove(key);
                }
            }

            scheduler.BeginDelivery();
            try
            {
                foreach (var key in keys)
                {
                    promises[key].TrySetException(exception);
                }
            }
            finally
            {
                scheduler.EndDelivery();
            }
        }
    }
}
