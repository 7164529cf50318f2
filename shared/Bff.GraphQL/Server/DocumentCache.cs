using System.Collections.Concurrent;
using Bff.GraphQL.Execution;
using Bff.GraphQL.Language;

namespace Bff.GraphQL.Server;

/// <summary>A parsed document and its validation verdict, cached by the document's text.</summary>
internal sealed record CachedDocument(DocumentNode Document, IReadOnlyList<GraphQLError> Errors, bool CostDependsOnVariables = false);

/// <summary>
/// Parsed and validated documents keyed by their text, so a repeated operation skips both. Bounded: when full, a
/// tenth of the entries make room, which keeps the hot operations of a client (re-added on their next use) cheap.
/// </summary>
internal sealed class DocumentCache(int capacity)
{
    private readonly ConcurrentDictionary<string, CachedDocument> entries = new(StringComparer.Ordinal);

    public int Count => entries.Count;

    public bool TryGet(string text, out CachedDocument document) => entries.TryGetValue(text, out document!);

    public void Add(string text, CachedDocument document)
    {
        if (capacity <= 0)
        {
            return;
        }

        if (entries.Count >= capacity)
        {
            foreach (var key in entries.Keys.Take(Math.Max(1, capacity / 10)))
            {
                entries.TryRemove(key, out _);
            }
        }

        entries[text] = document;
    }
}
