namespace Bff.GraphQL.Execution;

/// <summary>
/// A response path as an immutable linked list, so that each field adds one small node and the list form is built
/// only when an error or a resolver asks for it.
/// </summary>
internal sealed class ResponsePath(ResponsePath? parent, object key)
{
    public ResponsePath? Parent { get; } = parent;

    public object Key { get; } = key;

    public int Depth { get; } = parent is null ? 1 : parent.Depth + 1;

    public IReadOnlyList<object> ToList()
    {
        var keys = new object[Depth];
        for (var node = this; node is not null; node = node.Parent)
        {
            keys[node.Depth - 1] = node.Key;
        }

        return keys;
    }

    public static IReadOnlyList<object> ToList(ResponsePath? path) => path is null ? [] : path.ToList();
}
