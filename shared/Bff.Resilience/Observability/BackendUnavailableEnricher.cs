using Bff.Resilience.Pipeline;
using Polly.Telemetry;

namespace Bff.Resilience.Observability;

/// <summary>
/// Adds the refusal reason to the package's <c>resilience.polly.strategy.events</c> measurement of
/// <see cref="BackendGuardStrategy.UnavailableEvent"/>, so refusals can be counted per reason from the Polly meter.
/// </summary>
internal sealed class BackendUnavailableEnricher : MeteringEnricher
{
    public const string ReasonTag = "backend.unavailable.reason";

    public override void Enrich<TResult, TArgs>(in EnrichmentContext<TResult, TArgs> context)
    {
        if (context.TelemetryEvent.Arguments is BackendUnavailableArguments arguments)
        {
            context.Tags.Add(new(ReasonTag, arguments.Reason.ToString()));
        }
    }
}
