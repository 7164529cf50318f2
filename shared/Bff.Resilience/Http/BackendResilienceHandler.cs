using Bff.Resilience.Observability;
using Bff.Resilience.Pipeline;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Bff.Resilience.Http;

/// <summary>
/// Sends each request through the backend's pipeline, within the request's deadline budget, and turns the
/// pipeline's refusals into <see cref="BackendUnavailableException"/> naming the backend.
/// </summary>
internal sealed class BackendResilienceHandler(
    BackendPipeline pipeline, IRequestDeadlineAccessor deadlines, ResilienceMetrics metrics, ILogger logger) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var deadline = request.GetDeadline() ?? deadlines.Current;
        if (deadline is { IsExpired: true })
        {
            // The caller has already given up on this answer: calling the backend would only add load.
            throw Refuse(BackendUnavailableReason.DeadlineExceeded, null);
        }

        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(ResilienceKeys.Request, request);
        context.Properties.Set(ResilienceKeys.Deadline, deadline);
        try
        {
            return await pipeline.Pipeline.ExecuteAsync(
                static (ctx, handler) => handler.SendAttemptAsync(ctx), context, this).ConfigureAwait(false);
        }
        catch (BrokenCircuitException exception)
        {
            throw Refuse(BackendUnavailableReason.CircuitOpen, exception);
        }
        catch (BackendUnavailableException exception) when (exception.Reason == BackendUnavailableReason.BulkheadFull)
        {
            throw Refuse(BackendUnavailableReason.BulkheadFull, exception.InnerException);
        }
        catch (TimeoutRejectedException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw Refuse(deadline is { IsExpired: true } ? BackendUnavailableReason.DeadlineExceeded : BackendUnavailableReason.Timeout, exception);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private ValueTask<HttpResponseMessage> SendAttemptAsync(ResilienceContext context)
    {
        // Hedged attempts carry their own copy of the request in their context.
        var request = context.GetRequest() ?? throw new InvalidOperationException("The resilience context lost its request.");
        return new ValueTask<HttpResponseMessage>(base.SendAsync(request, context.CancellationToken));
    }

    private BackendUnavailableException Refuse(BackendUnavailableReason reason, Exception? inner)
    {
        if (reason != BackendUnavailableReason.Timeout)
        {
            metrics.Rejected(pipeline.Backend, reason);
        }

        ResilienceLog.Rejected(logger, pipeline.Backend, reason);
        return new BackendUnavailableException(pipeline.Backend, reason, inner);
    }
}
