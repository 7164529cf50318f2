using Polly;

namespace Bff.Resilience.Pipeline;

/// <summary>Names the <see cref="BackendGuardStrategy"/> in Polly's telemetry (<c>strategy.name</c>).</summary>
internal sealed class BackendGuardOptions : ResilienceStrategyOptions
{
    public BackendGuardOptions() => Name = "BackendGuard";
}
