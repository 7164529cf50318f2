using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;

namespace Bff.ServiceDefaults.RateLimiting;

/// <summary>Owns the global limiter so the container disposes it (and its partitions' timers) with the host.</summary>
internal sealed class GlobalRateLimiter(PartitionedRateLimiter<HttpContext> limiter) : IDisposable
{
    public PartitionedRateLimiter<HttpContext> Limiter { get; } = limiter;

    public void Dispose() => Limiter.Dispose();
}
