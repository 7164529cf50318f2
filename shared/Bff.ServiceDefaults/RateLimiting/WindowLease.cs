using System.Threading.RateLimiting;

namespace Bff.ServiceDefaults.RateLimiting;

/// <summary>A lease of the Redis-backed limiter; a rejected one carries <see cref="MetadataName.RetryAfter"/>.</summary>
internal sealed class WindowLease : RateLimitLease
{
    public static readonly WindowLease Acquired = new(true, null);

    /// <summary>Returned by the synchronous attempt, which never calls Redis, so that the middleware goes on to the async path.</summary>
    public static readonly WindowLease Deferred = new(false, null);

    private readonly TimeSpan? _retryAfter;

    private WindowLease(bool isAcquired, TimeSpan? retryAfter)
    {
        IsAcquired = isAcquired;
        _retryAfter = retryAfter;
    }

    public override bool IsAcquired { get; }

    public override IEnumerable<string> MetadataNames => _retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

    public static WindowLease Rejected(TimeSpan retryAfter) => new(false, retryAfter);

    public override bool TryGetMetadata(string metadataName, out object? metadata)
    {
        if (_retryAfter is { } retryAfter && metadataName == MetadataName.RetryAfter.Name)
        {
            metadata = retryAfter;
            return true;
        }

        metadata = null;
        return false;
    }
}
