using Polly;
using Polly.CircuitBreaker;
using Polly.RateLimiting;
using Polly.Telemetry;
using Polly.Timeout;

namespace Bff.Resilience.Pipeline;

/// <summary>
/// The outermost strategy of a backend: refuses a call whose request deadline has already passed without calling the
/// backend, hands the deadline to the inner strategies, and turns the pipeline's refusals into
/// <see cref="BackendUnavailableException"/> naming the backend. Each refusal is reported as the Polly event
/// <see cref="UnavailableEvent"/>, so the package's logger and meter record it with the reason.
/// </summary>
internal sealed class BackendGuardStrategy(string backend, IRequestDeadlineAccessor deadlines, ResilienceStrategyTelemetry telemetry)
    : ResilienceStrategy
{
    public const string UnavailableEvent = "OnBackendUnavailable";

    protected override async ValueTask<Outcome<TResult>> ExecuteCore<TResult, TState>(
        Func<ResilienceContext, TState, ValueTask<Outcome<TResult>>> callback, ResilienceContext context, TState state)
    {
        var deadline = context.GetRequestMessage()?.GetDeadline() ?? deadlines.Current;
        if (deadline is { IsExpired: true })
        {
            // The caller has already given up on this answer: calling the backend would only add load.
            return Refuse<TResult>(context, BackendUnavailableReason.DeadlineExceeded, null);
        }

        context.Properties.Set(ResilienceKeys.Deadline, deadline);
        var outcome = await callback(context, state).ConfigureAwait(context.ContinueOnCapturedContext);
        return ReasonFor(outcome.Exception, deadline) is { } reason ? Refuse<TResult>(context, reason, outcome.Exception) : outcome;
    }

    private static BackendUnavailableReason? ReasonFor(Exception? exception, RequestDeadline? deadline) => exception switch
    {
        BrokenCircuitException => BackendUnavailableReason.CircuitOpen,
        RateLimiterRejectedException => BackendUnavailableReason.BulkheadFull,
        TimeoutRejectedException when deadline is { IsExpired: true } => BackendUnavailableReason.DeadlineExceeded,
        TimeoutRejectedException => BackendUnavailableReason.Timeout,
        _ => null,
    };

    private Outcome<TResult> Refuse<TResult>(ResilienceContext context, BackendUnavailableReason reason, Exception? inner)
    {
        var outcome = Outcome.FromException<TResult>(new BackendUnavailableException(backend, reason, inner));
        telemetry.Report(
            new ResilienceEvent(ResilienceEventSeverity.Warning, UnavailableEvent), context, outcome, new BackendUnavailableArguments(backend, reason));
        return outcome;
    }
}
