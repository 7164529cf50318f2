using Bff.GraphQL.Language;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.Execution;

/// <summary>The context of one field resolution.</summary>
internal sealed class ResolverContext(
    OperationContext operation,
    ObjectType objectType,
    OutputField outputField,
    FieldNode selection,
    ResponsePath path,
    object? parent,
    IReadOnlyDictionary<string, object?> arguments) : IResolverContext
{
    public Schema Schema => operation.Schema;

    public ObjectType ObjectType => objectType;

    public OutputField Field => outputField;

    public FieldNode Selection => selection;

    public IReadOnlyList<object> Path => path.ToList();

    public object? Parent => parent;

    public IServiceProvider Services => operation.Services;

    public CancellationToken RequestAborted => operation.CancellationToken;

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
