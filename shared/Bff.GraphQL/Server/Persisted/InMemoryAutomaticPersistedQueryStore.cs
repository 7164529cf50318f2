using System.Collections.Concurrent;

namespace Bff.GraphQL.Server.Persisted;

/// <summary>
/// Registered documents kept in this process, at most <c>capacity</c> of them; once full, new registrations are not
/// kept (the client simply sends the full text again). Use a distributed store to share them across instances.
/// </summary>
public sealed class InMemoryAutomaticPersistedQueryStore(int capacity = 10_000) : IAutomaticPersistedQueryStore
{
    private readonly ConcurrentDictionary<string, string> documents = new(StringComparer.Ordinal);

    public ValueTask<string?> TryGetAsync(string sha256Hash, CancellationToken cancellationToken) =>
        new(documents.GetValueOrDefault(sha256Hash));

    public ValueTask SaveAsync(string sha256Hash, string document, CancellationToken cancellationToken)
    {
        if (documents.Count < capacity)
        {
            documents.TryAdd(sha256Hash, document);
        }

        return ValueTask.CompletedTask;
    }
}
