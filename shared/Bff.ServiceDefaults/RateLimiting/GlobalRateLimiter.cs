using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;

namespace Bff.ServiceDefaults.RateLimiting;

/// <summary>
/// The limiter the middleware uses: the partition limiter (user, client id or IP) chained with the anonymous IP guard,
/// so a request needs a permit from both. Owns both and disposes them with the app.
/// </summary>
internal sealed class GlobalRateLimiter(PartitionedRateLimiter<HttpContext> partitions, PartitionedRateLimiter<HttpContext> ipGuard)
    : IDisposable
{
    public PartitionedRateLimiter<HttpContext> Limiter { get; } = PartitionedRateLimiter.CreateChained(partitions, ipGuard);

    public void Dispose()
    {
        Limiter.Dispose();
        partitions.Dispose();
        ipGuard.Dispose();
    }
}
