using System.Net;
using Polly;
using Polly.Timeout;

namespace Bff.Resilience.Http;

/// <summary>Which outcomes are worth another attempt and count against the circuit.</summary>
internal static class HttpOutcomes
{
    /// <summary>5xx, 408, 429, transport failures and attempt timeouts; other 4xx are the caller's fault.</summary>
    public static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome.Exception switch
    {
        null => outcome.Result is { } response && IsTransient(response.StatusCode),
        BackendUnavailableException => false,
        HttpRequestException or TimeoutRejectedException => true,
        _ => false,
    };

    public static bool IsTransient(HttpStatusCode status) =>
        (int)status >= 500 || status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;

    /// <summary>Methods that may be sent twice without changing the outcome (RFC 9110 §9.2.2).</summary>
    public static bool IsIdempotent(HttpMethod method) =>
        method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Options
        || method == HttpMethod.Trace || method == HttpMethod.Put || method == HttpMethod.Delete;

    /// <summary>Methods that read only; the only ones hedging may send in parallel.</summary>
    public static bool IsReadOnly(HttpMethod method) => method == HttpMethod.Get || method == HttpMethod.Head;

    public static string Describe(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is { } exception ? exception.GetType().Name : $"HTTP {(int?)outcome.Result?.StatusCode}";
}
