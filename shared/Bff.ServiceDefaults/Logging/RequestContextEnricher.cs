using System.Diagnostics;
using Bff.ServiceDefaults.Correlation;
using Microsoft.AspNetCore.Http;
using Serilog.Core;
using Serilog.Events;

namespace Bff.ServiceDefaults.Logging;

/// <summary>
/// Adds <c>CorrelationId</c>, <c>TraceId</c> and <c>SpanId</c> to every event written during a request.
/// It reads the request rather than a pushed log scope so that lines written before the correlation
/// middleware runs (ASP.NET Core's own "Request starting") carry the id too.
/// </summary>
internal sealed class RequestContextEnricher(IHttpContextAccessor http) : ILogEventEnricher
{
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        if (http.HttpContext is { } context)
        {
            logEvent.AddPropertyIfAbsent(propertyFactory.CreateProperty("CorrelationId", CorrelationId.Get(context)));
        }

        if (Activity.Current is { IdFormat: ActivityIdFormat.W3C } activity)
        {
            logEvent.AddPropertyIfAbsent(propertyFactory.CreateProperty("TraceId", activity.TraceId.ToHexString()));
            logEvent.AddPropertyIfAbsent(propertyFactory.CreateProperty("SpanId", activity.SpanId.ToHexString()));
        }
    }
}
