using Bff.GraphQL.DataLoader;
using Bff.GraphQL.Language;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.Execution;

/// <summary>
/// The context another field's resolver runs with on behalf of the field being resolved: that field's definition,
/// parent and arguments, and the running field's task for everything else (path, services, cancellation, batch
/// scheduler, request state, what is added to the response), so the work is the running field's.
/// </summary>
internal sealed class DelegatedFieldContext(
    FieldTask task, ObjectType objectType, OutputField definition, object? parent, IReadOnlyDictionary<string, object?> arguments)
    : IResolverContext
{
    /// <summary>The field the executor is resolving, which owns the delegated work.</summary>
    public FieldTask Task => task;

    public Schema Schema => task.Schema;

    public ObjectType ObjectType => objectType;

    public OutputField Field => definition;

    /// <summary>The running field's selection: the delegated field has none in the document.</summary>
    public FieldNode Selection => task.Selection;

    public IReadOnlyList<object> Path => task.Path;

    public object? Parent => parent;

    public IServiceProvider Services => task.Services;

    public CancellationToken RequestAborted => task.RequestAborted;

    public BatchScheduler BatchScheduler => task.BatchScheduler;

    public T GetOrAddState<T>(string key, Func<T> create)
        where T : class => task.GetOrAddState(key, create);

    public T ParentAs<T>() => parent is T typed
        ? typed
        : throw new InvalidCastException(
            $"The parent of {definition.Coordinate} is {parent?.GetType().Name ?? "null"}, not {typeof(T).Name}.");

    public T? ArgumentValue<T>(string name)
    {
        if (!definition.Arguments.Contains(name))
        {
            throw new ArgumentException($"{definition.Coordinate} has no argument \"{name}\".", nameof(name));
        }

        return arguments.TryGetValue(name, out var value) ? ArgumentConverter.Convert<T>(value, name) : default;
    }

    public bool HasArgument(string name) => arguments.ContainsKey(name);
}
