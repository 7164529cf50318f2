using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.CircuitBreaker;

namespace Bff.Resilience.Pipeline;

/// <summary>
/// An attempt that the request's deadline cut short is a failure for the circuit breaker. The deadline sits outside
/// the breaker, so such an attempt ends inside it as a plain cancellation, which the package's predicate does not
/// handle and Polly then records as a success: a backend that hangs for longer than the request budget (shorter than
/// the attempt timeout) would never open its circuit, and every request would wait out its whole budget. A caller's
/// own cancellation, with budget left, still counts for nothing.
/// </summary>
internal static class SpentDeadline
{
    public static void CountAsFailure(HttpCircuitBreakerStrategyOptions options)
    {
        var handles = options.ShouldHandle;
        options.ShouldHandle = async args => CutShort(args) || await handles(args);
    }

    private static bool CutShort(CircuitBreakerPredicateArguments<HttpResponseMessage> args) =>
        args.Outcome.Exception is OperationCanceledException && args.Context.GetDeadline() is { IsExpired: true };
}
