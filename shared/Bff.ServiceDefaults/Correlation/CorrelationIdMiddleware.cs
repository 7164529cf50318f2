using System.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Bff.ServiceDefaults.Correlation;

/// <summary>Decides the request's correlation id, echoes it to the caller and tags the server span with it.</summary>
internal sealed class CorrelationIdMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var id = CorrelationId.Get(context);

        // Backend clients forward the request's header; rewriting it means they forward the id we log,
        // not a malformed one we replaced.
        context.Request.Headers[CorrelationId.HeaderName] = id;
        Activity.Current?.SetTag("bff.correlation_id", id);

        // OnStarting, not now: error handlers clear the response headers before writing their own response.
        context.Response.OnStarting(
            static state =>
            {
                var (ctx, value) = ((HttpContext, string))state;
                ctx.Response.Headers[CorrelationId.HeaderName] = value;
                return Task.CompletedTask;
            },
            (context, id));
        return next(context);
    }
}
