using System.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Bff.ServiceDefaults.Correlation;

/// <summary>The correlation id of a request: taken from <c>X-Correlation-Id</c> when well formed, generated otherwise.</summary>
public static class CorrelationId
{
    /// <summary>The header read from the caller, echoed in the response and forwarded to backends.</summary>
    public const string HeaderName = "X-Correlation-Id";

    /// <summary>Longest accepted incoming id; anything longer is replaced by a generated one.</summary>
    public const int MaxLength = 64;

    /// <summary>True when <paramref name="value"/> is 1 to 64 characters of <c>[A-Za-z0-9-_.]</c>.</summary>
    public static bool IsValid(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > MaxLength)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The request's correlation id, decided once per request: the incoming header when valid, else the trace id
    /// (so logs and traces join on one value), else a new GUID.
    /// </summary>
    public static string Get(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Features.Get<CorrelationIdFeature>() is { } feature)
        {
            return feature.Value;
        }

        var incoming = context.Request.Headers[HeaderName].ToString();
        var id = IsValid(incoming) ? incoming : Generate();
        context.Features.Set(new CorrelationIdFeature(id));
        return id;
    }

    private static string Generate() =>
        Activity.Current is { IdFormat: ActivityIdFormat.W3C } activity
            ? activity.TraceId.ToHexString()
            : Guid.NewGuid().ToString("N");
}
