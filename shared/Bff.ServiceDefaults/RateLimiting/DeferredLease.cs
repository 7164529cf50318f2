using System.Threading.RateLimiting;

namespace Bff.ServiceDefaults.RateLimiting;

/// <summary>
/// The answer to the middleware's synchronous attempt: not acquired, so it goes on to the asynchronous acquire, which
/// decides. Deciding only there counts each request once (the middleware tries both when the first fails).
/// </summary>
internal sealed class DeferredLease : RateLimitLease
{
    public static readonly DeferredLease Instance = new();

    public override bool IsAcquired => false;

    public override IEnumerable<string> MetadataNames => [];

    public override bool TryGetMetadata(string metadataName, out object? metadata)
    {
        metadata = null;
        return false;
    }
}
