using Polly;

namespace Bff.Resilience.Pipeline;

/// <summary>What the handler hands to the strategies through the <see cref="ResilienceContext"/>.</summary>
internal static class ResilienceKeys
{
    public static readonly ResiliencePropertyKey<HttpRequestMessage?> Request = new("Bff.Resilience.Request");

    public static readonly ResiliencePropertyKey<RequestDeadline?> Deadline = new("Bff.Resilience.Deadline");

    public static HttpRequestMessage? GetRequest(this ResilienceContext context) =>
        context.Properties.GetValue(Request, null);

    public static RequestDeadline? GetDeadline(this ResilienceContext context) =>
        context.Properties.GetValue(Deadline, null);
}
