using System.Collections.Concurrent;
using Bff.GraphQL.DataLoader;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.Execution;

/// <summary>
/// Executes one operation (spec 6.3, 6.4) as a queue of field tasks rather than a tree of async calls: ready fields run
/// one after another on the loop; a resolver that has to wait posts its completion back. Only when nothing is ready
/// are DataLoader batches dispatched, so every key that a list of items asks for lands in one batch.
/// </summary>
internal sealed partial class ExecutionEngine
{
    private readonly Queue<FieldWork> ready = new();
    private readonly SemaphoreSlim wakeUp = new(0);
    private readonly List<GraphQLError> errors = [];
    private readonly ExecutionOptions options;
    private readonly FieldPlanCache plans;
    private ConcurrentQueue<FieldTask>? completed;
    private ConcurrentDictionary<string, object>? state;
    private int pending;

    public ExecutionEngine(
        Schema schema,
        FieldPlanCache plans,
        IReadOnlyDictionary<string, object?> variables,
        IServiceProvider services,
        ExecutionOptions options,
        CancellationToken cancellationToken)
    {
        Schema = schema;
        Variables = variables;
        Services = services;
        CancellationToken = cancellationToken;
        Collector = new FieldCollector(schema, plans.Fragments, variables);
        BatchScheduler = services.GetService(typeof(BatchScheduler)) as BatchScheduler ?? new BatchScheduler();
        BatchScheduler.RequestAborted = cancellationToken;
        this.plans = plans;
        this.options = options;
    }

    public Schema Schema { get; }

    public IReadOnlyDictionary<string, object?> Variables { get; }

    public IServiceProvider Services { get; }

    public CancellationToken CancellationToken { get; }

    public FieldCollector Collector { get; }

    public BatchScheduler BatchScheduler { get; }

    public IReadOnlyList<GraphQLError> Errors => errors;

    public T GetOrAddState<T>(string key, Func<T> create)
        where T : class
    {
        // Resolvers run on other threads too: two first callers must end up with one dictionary, or a DataLoader made
        // by the loser would start a second batch. Made on first use, since most requests never ask.
        var states = Volatile.Read(ref state);
        if (states is null)
        {
            var made = new ConcurrentDictionary<string, object>(StringComparer.Ordinal);
            states = Interlocked.CompareExchange(ref state, made, null) ?? made;
        }

        return (T)(states.TryGetValue(key, out var existing) ? existing : states.GetOrAdd(key, static (_, make) => make(), create));
    }

    /// <summary>The state stored under <paramref name="key"/>, without a factory to allocate (DataLoaders ask per load).</summary>
    public object? FindState(string key) => Volatile.Read(ref state) is { } states && states.TryGetValue(key, out var existing) ? existing : null;

    /// <summary>
    /// Runs ready fields and resumed resolvers until none is left, then dispatches the waiting DataLoader batches, and
    /// so on until every field is done. Batches go out only when no resolver can make progress on its own: nothing is
    /// ready, nothing resumed waits to be completed, and no fetched batch is handing its values to resolvers (those
    /// resolvers are about to ask for the next level's keys, which belong in the same batch).
    /// </summary>
    private async Task RunUntilIdleAsync()
    {
        while (true)
        {
            Drain();
            if (BatchScheduler.IsDelivering)
            {
                // EndDelivery wakes us once the resumed resolvers have asked for their keys.
                await wakeUp.WaitAsync(CancellationToken).ConfigureAwait(false);
                continue;
            }

            // No delivery is running, and a finished one queued what it resumed before it ended: what the queue was
            // missing while we drained it may be there now. Dispatching without looking again would leave those
            // resolvers' keys to a second batch.
            if (completed is { IsEmpty: false })
            {
                continue;
            }

            // Parts that finished go out now, before their siblings' batches: a slow part does not hold back a fast one.
            if (FlushIncremental())
            {
                continue;
            }

            if (BatchScheduler.DispatchAll() > 0)
            {
                continue;
            }

            if (pending == 0)
            {
                return;
            }

            await wakeUp.WaitAsync(CancellationToken).ConfigureAwait(false);
        }
    }

    private void Drain()
    {
        while (true)
        {
            if (ready.TryDequeue(out var work))
            {
                Resolve(work);
                OnFinished(work.Map);
            }
            else if (TryTakeCompleted(out var task))
            {
                Resume(task);
                OnFinished(task.Target);
            }
            else
            {
                return;
            }
        }
    }

    private bool TryTakeCompleted(out FieldTask task)
    {
        if (completed is not null && completed.TryDequeue(out task!))
        {
            pending--;
            return true;
        }

        task = null!;
        return false;
    }

    /// <summary>Parks a task whose resolver has not finished; its completion wakes the loop.</summary>
    internal void Suspend(FieldTask task, ValueTask<object?> resolving)
    {
        // Most requests never wait on a resolver: the queue (and its first segment) is made for those that do.
        var queue = completed ??= new ConcurrentQueue<FieldTask>();
        pending++;
        OnStarted(task.Target);
        resolving.ConfigureAwait(false).GetAwaiter().UnsafeOnCompleted(() =>
        {
            queue.Enqueue(task);
            wakeUp.Release();
        });
    }
}
