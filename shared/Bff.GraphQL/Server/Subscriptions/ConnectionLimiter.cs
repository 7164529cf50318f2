namespace Bff.GraphQL.Server.Subscriptions;

/// <summary>Counts the open streaming connections of a service and refuses any beyond the limit.</summary>
internal sealed class ConnectionLimiter(int limit)
{
    private int open;

    public int Open => Volatile.Read(ref open);

    public int Limit => limit;

    /// <summary>Takes a place, or returns false when all are taken; a taken place is given back with <see cref="Release"/>.</summary>
    public bool TryAcquire()
    {
        if (Interlocked.Increment(ref open) <= limit)
        {
            return true;
        }

        Interlocked.Decrement(ref open);
        return false;
    }

    public void Release() => Interlocked.Decrement(ref open);
}
