namespace Bff.GraphQL.DataLoader;

/// <summary>A DataLoader with keys waiting to be fetched in one batch.</summary>
public interface IBatchDispatcher
{
    /// <summary>Fetches every key collected so far; the returned task ends when the fetch has completed the loads.</summary>
    Task DispatchAsync();
}
