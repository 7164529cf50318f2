using Bff.GraphQL.DataLoader;
using Bff.GraphQL.Language;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.Execution;

/// <summary>
/// One field to resolve and complete into its slot of the response; it is also the resolver's context, so a field
/// costs one allocation.
/// </summary>
internal sealed class FieldTask(
    ObjectType objectType,
    object? parent,
    List<FieldNode> fieldNodes,
    OutputField outputField,
    ResponsePath path,
    ResultMap target,
    int index) : IResolverContext
{
    private ExecutionEngine engine = null!;
    private IReadOnlyDictionary<string, object?> arguments = ArgumentCoercion.None;
    private bool suspended;

    public ValueTask<object?> Resolving { get; set; }

    public List<FieldNode> FieldNodes => fieldNodes;

    public ResponsePath ResponsePath => path;

    public ResultMap Target => target;

    public int Index => index;

    public Schema Schema => engine.Schema;

    public ObjectType ObjectType => objectType;

    public OutputField Field => outputField;

    public FieldNode Selection => fieldNodes[0];

    public IReadOnlyList<object> Path => path.ToList();

    public object? Parent => parent;

    public IServiceProvider Services => engine.Services;

    public CancellationToken RequestAborted => engine.CancellationToken;

    public BatchScheduler BatchScheduler => engine.BatchScheduler;

    public T GetOrAddState<T>(string key, Func<T> create)
        where T : class => engine.GetOrAddState(key, create);

    /// <summary>Resolves the field (first run) or completes a resolver that has finished (second run).</summary>
    public void Run(ExecutionEngine executing)
    {
        engine = executing;
        if (suspended)
        {
            engine.Resume(this);
            return;
        }

        if (target.IsDiscarded)
        {
            return;
        }

        try
        {
            arguments = ArgumentCoercion.Coerce(outputField.Arguments, fieldNodes[0].Arguments, engine.Variables);
            var resolver = outputField.Resolver
                ?? throw new InvalidOperationException($"No resolver is bound to {outputField.Coordinate}.");
            var resolving = resolver(this);
            if (resolving.IsCompletedSuccessfully)
            {
                engine.CompleteField(this, resolving.Result);
                return;
            }

            suspended = true;
            engine.Suspend(this, resolving);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !RequestAborted.IsCancellationRequested)
        {
            engine.FieldFailed(this, exception);
        }
    }

    public T ParentAs<T>() => parent is T typed
        ? typed
        : throw new InvalidCastException(
            $"The parent of {outputField.Coordinate} is {parent?.GetType().Name ?? "null"}, not {typeof(T).Name}.");

    public T? ArgumentValue<T>(string name)
    {
        if (!outputField.Arguments.Contains(name))
        {
            throw new ArgumentException($"{outputField.Coordinate} has no argument \"{name}\".", nameof(name));
        }

        return arguments.TryGetValue(name, out var value) ? ArgumentConverter.Convert<T>(value, name) : default;
    }

    public bool HasArgument(string name) => arguments.ContainsKey(name);
}
