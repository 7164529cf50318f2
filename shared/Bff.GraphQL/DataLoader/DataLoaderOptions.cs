namespace Bff.GraphQL.DataLoader;

/// <summary>How a DataLoader batches and caches.</summary>
public sealed record DataLoaderOptions
{
    /// <summary>The most keys one batch call receives; larger batches are split. Zero means no limit.</summary>
    public int MaxBatchSize { get; init; }

    /// <summary>Whether a key loaded once in the request is served again without fetching (de-duplication).</summary>
    public bool Caching { get; init; } = true;

    public static DataLoaderOptions Default { get; } = new();
}
