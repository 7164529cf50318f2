using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Bff.ServiceDefaults.RateLimiting;

/// <summary>
/// The global limiter. With Redis, every instance counts in Redis; Redis never fails a request: while the multiplexer
/// is disconnected, or after an error or a reply slower than <c>Timeout</c>, the in-process chain decides, alone, until
/// <c>RetryAfterFailure</c> has passed. Owns both chains.
/// </summary>
internal sealed partial class BffRateLimiter(
    RateLimiterChain local,
    RateLimiterChain? redis,
    IConnectionMultiplexer? multiplexer,
    RedisRateLimitingOptions options,
    TimeProvider time,
    ILogger<BffRateLimiter> logger) : PartitionedRateLimiter<HttpContext>
{
    private long _redisRetryAt;

    public override RateLimiterStatistics? GetStatistics(HttpContext resource) => local.Limiter.GetStatistics(resource);

    protected override RateLimitLease AttemptAcquireCore(HttpContext resource, int permitCount) =>
        permitCount == 0 ? local.Limiter.AttemptAcquire(resource, 0) : DeferredLease.Instance;

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(HttpContext resource, int permitCount, CancellationToken cancellationToken)
    {
        if (redis is null || multiplexer is not { IsConnected: true } || time.GetTimestamp() < Interlocked.Read(ref _redisRetryAt))
        {
            return local.Limiter.AttemptAcquire(resource, permitCount);
        }

        try
        {
            // RedisRateLimiting's calls take no token: the wait is bounded here, and a late reply is dropped.
            return await redis.Limiter.AcquireAsync(resource, permitCount, cancellationToken).AsTask().WaitAsync(options.Timeout, time, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            Interlocked.Exchange(ref _redisRetryAt, time.GetTimestamp() + (long)(options.RetryAfterFailure.TotalSeconds * time.TimestampFrequency));
            RedisUnavailable(logger, options.RetryAfterFailure.TotalSeconds, ex);
            return local.Limiter.AttemptAcquire(resource, permitCount);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            local.Dispose();
            redis?.Dispose();
        }

        base.Dispose(disposing);
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Redis rate limiting unavailable; limiting in process for {Seconds} s")]
    private static partial void RedisUnavailable(ILogger logger, double seconds, Exception exception);
}
