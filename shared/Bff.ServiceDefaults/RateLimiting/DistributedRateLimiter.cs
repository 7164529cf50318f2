using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Bff.ServiceDefaults.RateLimiting;

/// <summary>
/// Counts every request in Redis so that all instances share one limit. Redis never fails a request: on an error or a
/// slow answer the in-process limiter decides, alone, until <c>RetryAfterFailure</c> has passed.
/// </summary>
internal sealed partial class DistributedRateLimiter(
    PartitionedRateLimiter<HttpContext> local,
    RedisWindowCounter counter,
    PartitionResolver resolver,
    RedisRateLimitingOptions options,
    TimeProvider time,
    ILogger<DistributedRateLimiter> logger) : PartitionedRateLimiter<HttpContext>
{
    private long _redisRetryAt;

    public override RateLimiterStatistics? GetStatistics(HttpContext resource) => local.GetStatistics(resource);

    protected override RateLimitLease AttemptAcquireCore(HttpContext resource, int permitCount) =>
        permitCount == 0 || RedisSuspended() ? local.AttemptAcquire(resource, permitCount) : WindowLease.Deferred;

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(HttpContext resource, int permitCount, CancellationToken cancellationToken)
    {
        if (permitCount == 0 || RedisSuspended())
        {
            return await local.AcquireAsync(resource, permitCount, cancellationToken);
        }

        var key = resolver.Resolve(resource);
        var limit = resolver.LimitOf(key.Kind);
        try
        {
            var (count, remaining) = await counter.IncrementAsync(key, limit.Window).WaitAsync(options.Timeout, time, cancellationToken);
            return count <= limit.PermitLimit ? WindowLease.Acquired : WindowLease.Rejected(remaining);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            Interlocked.Exchange(ref _redisRetryAt, time.GetTimestamp() + (long)(options.RetryAfterFailure.TotalSeconds * time.TimestampFrequency));
            RedisUnavailable(logger, options.RetryAfterFailure.TotalSeconds, ex);
            return await local.AcquireAsync(resource, permitCount, cancellationToken);
        }
    }

    private bool RedisSuspended() => time.GetTimestamp() < Interlocked.Read(ref _redisRetryAt);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            local.Dispose();
        }

        base.Dispose(disposing);
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Redis rate limiting unavailable; limiting in process for {Seconds} s")]
    private static partial void RedisUnavailable(ILogger logger, double seconds, Exception exception);
}
