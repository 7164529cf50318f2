using System.Collections.Concurrent;
using Bff.GraphQL.DataLoader;
using Bff.GraphQL.Language;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.Execution;

/// <summary>
/// Executes one operation (spec 6.3, 6.4) as a queue of field tasks rather than a tree of async calls: ready fields run
/// one after another on the loop; a resolver that has to wait posts its completion back. Only when nothing is ready
/// are DataLoader batches dispatched, so every key that a list of items asks for lands in one batch.
/// </summary>
internal sealed partial class ExecutionEngine
{
    private readonly Queue<FieldTask> ready = new();
    private readonly ConcurrentQueue<FieldTask> completed = new();
    private readonly SemaphoreSlim wakeUp = new(0);
    private readonly List<GraphQLError> errors = [];
    private readonly ExecutionOptions options;
    private readonly Dictionary<(ObjectType, SelectionSetNode), Dictionary<string, List<FieldNode>>> subfieldCache = [];
    private ConcurrentDictionary<string, object>? state;
    private int pending;
    private bool dataDiscarded;

    public ExecutionEngine(
        Schema schema,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variables,
        IServiceProvider services,
        ExecutionOptions options,
        CancellationToken cancellationToken)
    {
        Schema = schema;
        Variables = variables;
        Services = services;
        CancellationToken = cancellationToken;
        Collector = new FieldCollector(schema, fragments, variables);
        BatchScheduler = services.GetService(typeof(BatchScheduler)) as BatchScheduler ?? new BatchScheduler();
        BatchScheduler.RequestAborted = cancellationToken;
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
        where T : class =>
        (T)(state ??= new ConcurrentDictionary<string, object>(StringComparer.Ordinal)).GetOrAdd(key, _ => create());

    /// <summary>Executes the root selection set: all fields at once, or one after another for mutations.</summary>
    public async Task<ResultMap?> ExecuteAsync(
        ObjectType rootType, object? rootValue, SelectionSetNode selectionSet, bool serially)
    {
        var fields = Collector.Collect(rootType, selectionSet);
        var data = new ResultMap(fields.Count);
        var tasks = CreateFieldTasks(rootType, rootValue, fields, data, path: null);
        BatchScheduler.OnScheduled(() => wakeUp.Release());
        try
        {
            foreach (var task in tasks)
            {
                if (task is null)
                {
                    continue;
                }

                ready.Enqueue(task);
                if (serially)
                {
                    await RunUntilIdleAsync();
                }
            }

            await RunUntilIdleAsync();
        }
        finally
        {
            BatchScheduler.OnScheduled(null);
        }

        return dataDiscarded ? null : data;
    }

    private async Task RunUntilIdleAsync()
    {
        while (true)
        {
            while (ready.TryDequeue(out var task) || TryTakeCompleted(out task))
            {
                task.Run(this);
            }

            if (BatchScheduler.DispatchAll() > 0)
            {
                continue;
            }

            if (pending == 0)
            {
                return;
            }

            await wakeUp.WaitAsync(CancellationToken);
        }
    }

    private bool TryTakeCompleted(out FieldTask task)
    {
        if (completed.TryDequeue(out task!))
        {
            pending--;
            return true;
        }

        return false;
    }

    /// <summary>Parks a task whose resolver has not finished; its completion wakes the loop.</summary>
    internal void Suspend(FieldTask task, ValueTask<object?> resolving)
    {
        pending++;
        task.Resolving = resolving;
        resolving.ConfigureAwait(false).GetAwaiter().UnsafeOnCompleted(() =>
        {
            completed.Enqueue(task);
            wakeUp.Release();
        });
    }

    private void Record(GraphQLError error) => errors.Add(error);
}
