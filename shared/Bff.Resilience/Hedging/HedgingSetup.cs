using Polly;

namespace Bff.Resilience.Hedging;

/// <summary>Limits the package's hedging to GET and HEAD, each hedged attempt with its own copy of the request.</summary>
internal static class HedgingSetup
{
    public static void Apply(BackendHedgingOptions options) => options.ActionGenerator = args =>
    {
        // Writes are never sent twice in parallel: returning null ends hedging with the primary's outcome.
        if (args.PrimaryContext.GetRequestMessage() is not { } request || !IsReadOnly(request.Method))
        {
            return null;
        }

        // One HttpRequestMessage cannot be in flight twice at once; the resilience handler sends the one in the context.
        args.ActionContext.SetRequestMessage(RequestCopy.Of(request));
        return () => args.Callback(args.ActionContext);
    };

    private static bool IsReadOnly(HttpMethod method) => method == HttpMethod.Get || method == HttpMethod.Head;
}
