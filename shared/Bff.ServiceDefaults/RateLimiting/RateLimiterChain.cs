using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;

namespace Bff.ServiceDefaults.RateLimiting;

/// <summary>Makes the limiter of one partition with its limit: in process, or in Redis.</summary>
internal delegate RateLimitPartition<RateLimitPartitionKey> PartitionFactory(RateLimitPartitionKey key, PartitionLimitOptions limit);

/// <summary>
/// The two limits a request needs a permit from, in order: its IP ceiling (anonymous requests), then its own bucket
/// (user, or client id with IP). The ceiling comes first so that a request it rejects never creates a bucket: a caller
/// rotating client ids can add at most its IP's limit of buckets per window. Owns and disposes both.
/// </summary>
internal sealed class RateLimiterChain : IDisposable
{
    private static readonly RateLimitPartitionKey NoKey = new(PartitionKind.Ip, string.Empty);

    private readonly PartitionedRateLimiter<HttpContext> _ceiling;
    private readonly PartitionedRateLimiter<HttpContext> _caller;

    public RateLimiterChain(PartitionResolver resolver, PartitionFactory partition)
    {
        _ceiling = PartitionedRateLimiter.Create<HttpContext, RateLimitPartitionKey>(context =>
            resolver.IpCeiling(context) is { } ip ? partition(ip, resolver.LimitOf(PartitionKind.Ip)) : RateLimitPartition.GetNoLimiter(NoKey));
        _caller = PartitionedRateLimiter.Create<HttpContext, RateLimitPartitionKey>(context =>
            resolver.Caller(context) is { } key ? partition(key, resolver.LimitOf(key.Kind)) : RateLimitPartition.GetNoLimiter(NoKey));
        Limiter = PartitionedRateLimiter.CreateChained(_ceiling, _caller);
    }

    public PartitionedRateLimiter<HttpContext> Limiter { get; }

    public void Dispose()
    {
        Limiter.Dispose();
        _ceiling.Dispose();
        _caller.Dispose();
    }
}
