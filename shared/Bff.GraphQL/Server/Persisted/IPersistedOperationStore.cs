namespace Bff.GraphQL.Server.Persisted;

/// <summary>
/// Operations deployed with the service (id → document text). With
/// <see cref="GraphQLServerOptions.OnlyAllowPersistedOperations"/> it is the allow-list.
/// </summary>
public interface IPersistedOperationStore
{
    /// <summary>The document stored under <paramref name="id"/>, or null.</summary>
    ValueTask<string?> TryGetAsync(string id, CancellationToken cancellationToken);
}
