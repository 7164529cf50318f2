using Bff.GraphQL.DataLoader;
using Bff.GraphQL.Language;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.Execution;

/// <summary>
/// A field whose resolver runs: the resolver's context, and what the executor keeps of a resolver that has to wait.
/// What is the same for every object (field nodes, definition) comes from its plan.
/// </summary>
internal sealed class FieldTask(ExecutionEngine engine, PlannedField planned, object? parent, ResultMap target, int index)
    : IResolverContext
{
    private IReadOnlyDictionary<string, object?> arguments = ArgumentCoercion.None;

    public ValueTask<object?> Resolving { get; private set; }

    /// <summary>The engine running this field, for what resolvers add to the response.</summary>
    public ExecutionEngine Engine => engine;

    /// <summary>
    /// The cache hint the resolver set at run time (<see cref="Caching.RuntimeCacheHint"/>), 0 when none; one int so
    /// that the task, made for every resolver call, stays its size. Read by the engine once the resolver is done.
    /// </summary>
    public int RuntimeHint { get; set; }

    public PlannedField Planned => planned;

    public ResultMap Target => target;

    public int Index => index;

    public Schema Schema => engine.Schema;

    public ObjectType ObjectType => planned.ObjectType;

    public OutputField Field => planned.Field!;

    public FieldNode Selection => planned.FieldNodes[0];

    public IReadOnlyList<object> Path => target.PathTo(index);

    public object? Parent => parent;

    public IServiceProvider Services => engine.Services;

    public CancellationToken RequestAborted => engine.CancellationToken;

    public BatchScheduler BatchScheduler => engine.BatchScheduler;

    public T GetOrAddState<T>(string key, Func<T> create)
        where T : class => engine.GetOrAddState(key, create);

    public object? FindState(string key) => engine.FindState(key);

    /// <summary>
    /// Coerces the arguments and calls the resolver. The engine completes a result at hand at once and parks one still
    /// pending (kept in <see cref="Resolving"/>) until it arrives.
    /// </summary>
    public ValueTask<object?> Start()
    {
        var field = Field;
        if (field.Arguments.Count > 0)
        {
            arguments = planned.CoerceArguments(engine.Variables);
        }

        var resolver = field.Resolver
            ?? throw new InvalidOperationException($"No resolver is bound to {field.Coordinate}.");
        return Resolving = resolver(this);
    }

    public T ParentAs<T>() => parent is T typed
        ? typed
        : throw new InvalidCastException(
            $"The parent of {Field.Coordinate} is {parent?.GetType().Name ?? "null"}, not {typeof(T).Name}.");

    public T? ArgumentValue<T>(string name)
    {
        if (!Field.Arguments.Contains(name))
        {
            throw new ArgumentException($"{Field.Coordinate} has no argument \"{name}\".", nameof(name));
        }

        return arguments.TryGetValue(name, out var value) ? ArgumentConverter.Convert<T>(value, name) : default;
    }

    public bool HasArgument(string name) => arguments.ContainsKey(name);
}
