using Bff.GraphQL.DataLoader;
using Bff.GraphQL.Execution;
using Bff.GraphQL.Language;
using Bff.GraphQL.Types;

namespace Bff.Mobile.Shaping;

/// <summary>
/// The mobile field's context with another parent and the delegated field's arguments; the rest (path, services,
/// cancellation, batch scheduler, request state) is the mobile field's, so errors land on the mobile field and
/// DataLoader batches are shared with every other field of the request.
/// </summary>
internal sealed class DelegatedResolverContext(
    IResolverContext inner, object? parent, IReadOnlyDictionary<string, object?> arguments) : IResolverContext
{
    public Schema Schema => inner.Schema;

    public ObjectType ObjectType => inner.ObjectType;

    public OutputField Field => inner.Field;

    public FieldNode Selection => inner.Selection;

    public IReadOnlyList<object> Path => inner.Path;

    public object? Parent => parent;

    public IServiceProvider Services => inner.Services;

    public CancellationToken RequestAborted => inner.RequestAborted;

    public BatchScheduler BatchScheduler => inner.BatchScheduler;

    public T ParentAs<T>() => (T)parent!;

    public T? ArgumentValue<T>(string name) => arguments.TryGetValue(name, out var value) && value is T typed ? typed : default;

    public bool HasArgument(string name) => arguments.ContainsKey(name);

    public T GetOrAddState<T>(string key, Func<T> create)
        where T : class => inner.GetOrAddState(key, create);
}
