namespace Bff.GraphQL.TestServer.Catalog;

/// <summary>What the end-to-end tests observe inside the server: DataLoader batches and cancelled resolvers.</summary>
public sealed class TestProbes
{
    private int categoryBatches;
    private int categoryKeysLoaded;

    /// <summary>How many batches the category DataLoader fetched.</summary>
    public int CategoryBatches => Volatile.Read(ref categoryBatches);

    /// <summary>How many keys those batches asked for, in total.</summary>
    public int CategoryKeysLoaded => Volatile.Read(ref categoryKeysLoaded);

    /// <summary>Completes when a <c>waitForCancellation</c> resolver starts waiting.</summary>
    public TaskCompletionSource WaitStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when that resolver's token is cancelled.</summary>
    public TaskCompletionSource WaitCancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void RecordCategoryBatch(int keys)
    {
        Interlocked.Increment(ref categoryBatches);
        Interlocked.Add(ref categoryKeysLoaded, keys);
    }
}
