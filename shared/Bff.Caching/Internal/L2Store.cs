using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Logging;

namespace Bff.Caching.Internal;

/// <summary>
/// The distributed level behind a breaker and a short timeout. Every failure is absorbed here:
/// callers see a miss or a skipped write, never an exception or a long wait.
/// </summary>
internal sealed partial class L2Store(
    IDistributedCache? cache, L2Breaker breaker, CacheMetrics metrics, TimeSpan timeout, TimeProvider time, ILogger logger)
{
    public bool IsConfigured => cache is not null;

    /// <summary>The stored bytes, null when absent; <c>Answered</c> is false when L2 could not be asked.</summary>
    public Task<(bool Answered, byte[]? Value)> GetAsync(string key) =>
        RunAsync<(bool, byte[]?)>(key, async (c, ct) => (true, await c.GetAsync(key, ct)), "get");

    public Task SetAsync(string key, byte[] value, DateTimeOffset expires) =>
        RunAsync<object?>(key, async (c, ct) =>
        {
            await c.SetAsync(key, value, new DistributedCacheEntryOptions { AbsoluteExpiration = expires }, ct);
            return null;
        }, "set");

    public Task RemoveAsync(string key) =>
        RunAsync<object?>(key, async (c, ct) =>
        {
            await c.RemoveAsync(key, ct);
            return null;
        }, "remove");

    private async Task<T?> RunAsync<T>(string key, Func<IDistributedCache, CancellationToken, Task<T>> operation, string name)
    {
        if (cache is null || !breaker.TryEnter())
        {
            return default;
        }

        using var cts = new CancellationTokenSource(timeout, time);
        try
        {
            // WaitAsync as well as the token: StackExchange.Redis 1.x ignores cancellation.
            var result = await operation(cache, cts.Token).WaitAsync(timeout, time, CancellationToken.None);
            breaker.OnSuccess();
            return result;
        }
#pragma warning disable CA1031 // Any L2 failure must degrade to L1, whatever its type.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            breaker.OnFailure();
            metrics.L2Error();
            LogFailure(logger, name, ex.GetType().Name, ex.Message);
            return default;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "L2 {Operation} failed ({ErrorType}: {Error}); carrying on with L1")]
    private static partial void LogFailure(ILogger logger, string operation, string errorType, string error);
}
