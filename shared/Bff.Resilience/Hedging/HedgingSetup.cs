using Bff.Resilience.Http;
using Bff.Resilience.Pipeline;
using Polly.Hedging;

namespace Bff.Resilience.Hedging;

/// <summary>Turns <see cref="BackendHedgingOptions"/> into Polly hedging options limited to GET and HEAD.</summary>
internal static class HedgingSetup
{
    public static HedgingStrategyOptions<HttpResponseMessage> Create(BackendHedgingOptions options) => new()
    {
        Name = "Hedging",
        MaxHedgedAttempts = options.MaxHedgedAttempts,
        Delay = options.Delay,
        ShouldHandle = args => ValueTask.FromResult(HttpOutcomes.IsTransient(args.Outcome)),
        ActionGenerator = args =>
        {
            // Writes are never sent twice in parallel: returning null ends hedging with the primary's outcome.
            if (args.PrimaryContext.GetRequest() is not { } request || !HttpOutcomes.IsReadOnly(request.Method))
            {
                return null;
            }

            // One HttpRequestMessage cannot be in flight twice at once, so each hedged attempt sends a copy.
            args.ActionContext.Properties.Set(ResilienceKeys.Request, RequestCopy.Of(request));
            return () => args.Callback(args.ActionContext);
        },
    };
}
