using System.Collections.Concurrent;
using Bff.GraphQL.DataLoader;
using Bff.GraphQL.Execution;
using Bff.GraphQL.Language;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.Tests.Types;

/// <summary>Just enough of a resolver context to call resolvers directly.</summary>
internal sealed class FakeResolverContext(
    Schema schema, ObjectType objectType, OutputField outputField, object? parent,
    IReadOnlyDictionary<string, object?>? arguments = null) : IResolverContext
{
    private readonly IReadOnlyDictionary<string, object?> arguments = arguments ?? new Dictionary<string, object?>();
    private readonly ConcurrentDictionary<string, object> state = new();

    public Schema Schema => schema;

    public ObjectType ObjectType => objectType;

    public OutputField Field => outputField;

    public FieldNode Selection { get; } = new(null, new NameNode(outputField.Name), [], [], null);

    public IReadOnlyList<object> Path { get; } = [outputField.Name];

    public object? Parent => parent;

    public IServiceProvider Services => throw new NotSupportedException("No services in type tests.");

    public CancellationToken RequestAborted => CancellationToken.None;

    public BatchScheduler BatchScheduler { get; } = new();

    public T GetOrAddState<T>(string key, Func<T> create)
        where T : class => (T)state.GetOrAdd(key, _ => create());

    public T ParentAs<T>() => (T)parent!;

    public T? ArgumentValue<T>(string name) => arguments.TryGetValue(name, out var value) ? (T?)value : default;

    public bool HasArgument(string name) => arguments.ContainsKey(name);

    /// <summary>Runs the resolver of <c>typeName.fieldName</c> of <paramref name="schema"/> on <paramref name="parent"/>.</summary>
    public static async Task<object?> Resolve(
        Schema schema, string typeName, string fieldName, object? parent,
        IReadOnlyDictionary<string, object?>? arguments = null)
    {
        var type = (ObjectType)schema.GetType(typeName)!;
        var field = type.Fields[fieldName];
        return await field.Resolver!(new FakeResolverContext(schema, type, field, parent, arguments));
    }
}
