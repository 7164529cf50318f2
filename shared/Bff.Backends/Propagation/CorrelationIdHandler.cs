using System.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Bff.Backends.Propagation;

/// <summary>
/// Sends the incoming request's <c>X-Correlation-Id</c> (or, outside a request or without one, the current trace id)
/// to the backend, so one id ties the BFF's logs to every backend's logs.
/// </summary>
internal sealed class CorrelationIdHandler(IHttpContextAccessor accessor) : DelegatingHandler
{
    public const string HeaderName = "X-Correlation-Id";

    // Longer or non-printable ids are not ids; they are someone probing the log pipeline.
    private const int MaxLength = 128;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!request.Headers.Contains(HeaderName) && Current() is { } id)
        {
            request.Headers.TryAddWithoutValidation(HeaderName, id);
        }

        return base.SendAsync(request, cancellationToken);
    }

    private string? Current()
    {
        var http = accessor.HttpContext;
        if (http is not null)
        {
            // A correlation middleware that minted an id echoes it on the response; either side will do.
            if (Valid(http.Request.Headers[HeaderName].ToString()) is { } incoming)
            {
                return incoming;
            }

            if (Valid(http.Response.Headers[HeaderName].ToString()) is { } minted)
            {
                return minted;
            }
        }

        return Activity.Current is { IdFormat: ActivityIdFormat.W3C } activity ? activity.TraceId.ToHexString() : null;
    }

    private static string? Valid(string value)
    {
        if (value.Length is 0 or > MaxLength)
        {
            return null;
        }

        foreach (var c in value)
        {
            if (c is < '!' or > '~')
            {
                return null;
            }
        }

        return value;
    }
}
