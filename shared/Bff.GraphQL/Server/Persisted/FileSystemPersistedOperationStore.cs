namespace Bff.GraphQL.Server.Persisted;

/// <summary>
/// Persisted operations read once from a folder: each <c>{id}.graphql</c> file is one operation document, its id the
/// file name (typically the SHA-256 hash of the text, as clients' build tools emit them).
/// </summary>
public sealed class FileSystemPersistedOperationStore : IPersistedOperationStore
{
    private readonly Dictionary<string, string> documents = new(StringComparer.Ordinal);

    public FileSystemPersistedOperationStore(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"The persisted operations folder \"{directory}\" does not exist.");
        }

        foreach (var file in Directory.EnumerateFiles(directory, "*.graphql"))
        {
            documents[Path.GetFileNameWithoutExtension(file)] = File.ReadAllText(file);
        }
    }

    /// <summary>How many operations were loaded.</summary>
    public int Count => documents.Count;

    public ValueTask<string?> TryGetAsync(string id, CancellationToken cancellationToken) =>
        new(documents.GetValueOrDefault(id));
}
