namespace Bff.GraphQL.DataLoader;

/// <summary>
/// Collects the DataLoaders of one request that have keys waiting. The executor dispatches them only when it has no
/// other ready work, so every key a list of items asks for lands in one batch. Register it scoped (one per request).
/// </summary>
public sealed class BatchScheduler
{
    private readonly Lock gate = new();
    private List<IBatchDispatcher> waiting = [];
    private Action? onScheduled;
    private int delivering;

    /// <summary>The request's cancellation, handed to every batch fetch.</summary>
    public CancellationToken RequestAborted { get; internal set; }

    /// <summary>True when some DataLoader has keys waiting.</summary>
    public bool HasWaiting
    {
        get
        {
            lock (gate)
            {
                return waiting.Count > 0;
            }
        }
    }

    /// <summary>Called by a DataLoader when the first key of a new batch arrives.</summary>
    public void Schedule(IBatchDispatcher dispatcher)
    {
        ArgumentNullException.ThrowIfNull(dispatcher);
        Action? notify;
        lock (gate)
        {
            waiting.Add(dispatcher);
            notify = onScheduled;
        }

        notify?.Invoke();
    }

    /// <summary>Starts every waiting batch. Returns the number of batches started.</summary>
    public int DispatchAll()
    {
        List<IBatchDispatcher> batches;
        lock (gate)
        {
            if (waiting.Count == 0)
            {
                return 0;
            }

            batches = waiting;
            waiting = [];
        }

        foreach (var batch in batches)
        {
            // The loader completes its own promises, faults included; nothing to observe here.
            _ = batch.DispatchAsync();
        }

        return batches.Count;
    }

    /// <summary>
    /// True while a fetched batch hands its values to the loads that waited for them. The executor dispatches nothing
    /// meanwhile: the resolvers being resumed are about to ask for the next level's keys, which belong in one batch.
    /// </summary>
    public bool IsDelivering => Volatile.Read(ref delivering) > 0;

    internal void BeginDelivery() => Interlocked.Increment(ref delivering);

    /// <summary>Ends a delivery and wakes the executor, which may now dispatch what the resumed resolvers asked for.</summary>
    internal void EndDelivery()
    {
        Interlocked.Decrement(ref delivering);
        Action? notify;
        lock (gate)
        {
            notify = onScheduled;
        }

        notify?.Invoke();
    }

    /// <summary>
    /// Lets the executor hear of batches scheduled from outside its loop (a resolver continuing on another thread),
    /// so that it wakes up to dispatch them.
    /// </summary>
    internal void OnScheduled(Action? callback)
    {
        lock (gate)
        {
            onScheduled = callback;
        }
    }
}
