using Bff.GraphQL.Execution;

namespace Bff.Domains;

/// <summary>
/// The fields of the current request that were served from a stale cache entry (the backend failed or was slow and
/// the cache had an older value), with their backend. Scoped: one per request. Bounded by the response's size, since
/// each entry is one resolved field.
/// </summary>
public sealed class StaleFields
{
    private readonly Lock gate = new();
    private readonly List<(string Path, string Backend)> fields = [];

    /// <summary>The stale fields so far, as <c>products.3.price</c> paths with their backend.</summary>
    public IReadOnlyList<(string Path, string Backend)> Fields
    {
        get
        {
            lock (gate)
            {
                return [.. fields];
            }
        }
    }

    internal void Add(IReadOnlyList<object> path, string backend)
    {
        var text = string.Join('.', path);
        lock (gate)
        {
            fields.Add((text, backend));
        }
    }
}
