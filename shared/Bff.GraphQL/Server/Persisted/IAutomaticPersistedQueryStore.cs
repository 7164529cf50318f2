namespace Bff.GraphQL.Server.Persisted;

/// <summary>Documents clients registered with Automatic Persisted Queries, keyed by their SHA-256 hash.</summary>
public interface IAutomaticPersistedQueryStore
{
    /// <summary>The document registered under <paramref name="sha256Hash"/>, or null.</summary>
    ValueTask<string?> TryGetAsync(string sha256Hash, CancellationToken cancellationToken);

    /// <summary>Registers <paramref name="document"/>, whose hash the server has checked.</summary>
    ValueTask SaveAsync(string sha256Hash, string document, CancellationToken cancellationToken);
}
