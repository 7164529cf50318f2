namespace Bff.GraphQL.Server.Persisted;

/// <summary>
/// Persisted operations from any number of sources (Apollo manifests, folders of <c>.graphql</c> files), merged by id
/// and held in memory. The same id twice with different documents is an error.
/// </summary>
public sealed class InMemoryPersistedOperationStore : IPersistedOperationStore
{
    private readonly Dictionary<string, PersistedOperation> operations = new(StringComparer.Ordinal);

    /// <summary>Merges <paramref name="operations"/>; throws <see cref="InvalidOperationException"/> on conflicting ids.</summary>
    public InMemoryPersistedOperationStore(IEnumerable<PersistedOperation> operations)
    {
        ArgumentNullException.ThrowIfNull(operations);
        foreach (var operation in operations)
        {
            if (this.operations.TryGetValue(operation.Id, out var existing) && existing.Body != operation.Body)
            {
                throw new InvalidOperationException(
                    $"Persisted operation id \"{operation.Id}\" is given twice with different documents " +
                    $"({existing.Name ?? "anonymous"} and {operation.Name ?? "anonymous"}).");
            }

            this.operations[operation.Id] = operation;
        }
    }

    /// <summary>How many operations are held.</summary>
    public int Count => operations.Count;

    /// <summary>Every operation held, for start-up validation.</summary>
    public IEnumerable<PersistedOperation> Operations => operations.Values;

    /// <inheritdoc />
    public ValueTask<string?> TryGetAsync(string id, CancellationToken cancellationToken) =>
        new(operations.TryGetValue(id, out var operation) ? operation.Body : null);
}
