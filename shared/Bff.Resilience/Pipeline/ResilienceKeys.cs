using Polly;

namespace Bff.Resilience.Pipeline;

/// <summary>What the backend guard hands to the inner strategies through the <see cref="ResilienceContext"/>.</summary>
internal static class ResilienceKeys
{
    public static readonly ResiliencePropertyKey<RequestDeadline?> Deadline = new("Bff.Resilience.Deadline");

    public static RequestDeadline? GetDeadline(this ResilienceContext context) =>
        context.Properties.GetValue(Deadline, null);
}
