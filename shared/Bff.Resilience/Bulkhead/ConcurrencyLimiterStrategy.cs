using System.Threading.RateLimiting;
using Polly;

namespace Bff.Resilience.Bulkhead;

/// <summary>
/// Bulkhead: at most a fixed number of calls in flight per backend, a bounded queue, and a clear rejection
/// beyond it, so one slow backend cannot take every socket and thread of the BFF.
/// </summary>
internal sealed class ConcurrencyLimiterStrategy(string backend, ConcurrencyLimiter limiter) : ResilienceStrategy
{
    protected override async ValueTask<Outcome<TResult>> ExecuteCore<TResult, TState>(
        Func<ResilienceContext, TState, ValueTask<Outcome<TResult>>> callback,
        ResilienceContext context,
        TState state)
    {
        RateLimitLease lease;
        try
        {
            lease = await limiter.AcquireAsync(1, context.CancellationToken).ConfigureAwait(context.ContinueOnCapturedContext);
        }
        catch (OperationCanceledException exception)
        {
            return Outcome.FromException<TResult>(exception);
        }

        using (lease)
        {
            if (!lease.IsAcquired)
            {
                return Outcome.FromException<TResult>(
                    new BackendUnavailableException(backend, BackendUnavailableReason.BulkheadFull));
            }

            return await callback(context, state).ConfigureAwait(context.ContinueOnCapturedContext);
        }
    }

    public static ConcurrencyLimiter CreateLimiter(BackendBulkheadOptions options) => new(new ConcurrencyLimiterOptions
    {
        PermitLimit = options.MaxConcurrency,
        QueueLimit = options.QueueLimit,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });
}
