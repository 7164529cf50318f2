using Bff.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Bff.ServiceDefaults.Logging;

/// <summary>
/// One line per request: method, path, status, elapsed time and, when the GraphQL endpoint recorded it, the
/// operation name. Health probes are logged at Debug so they don't drown the rest.
/// </summary>
internal sealed partial class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger, TimeProvider time)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = time.GetTimestamp();
        Exception? failure = null;
        try
        {
            await next(context);
        }
        catch (Exception ex)
        {
            failure = ex;
            throw;
        }
        finally
        {
            Write(context, time.GetElapsedTime(started).TotalMilliseconds, failure);
        }
    }

    private void Write(HttpContext context, double elapsedMs, Exception? failure)
    {
        // An exception that escapes becomes a 500 further out, whatever the status says now.
        var status = failure is not null && !context.Response.HasStarted ? StatusCodes.Status500InternalServerError : context.Response.StatusCode;
        var level = status >= 500 ? LogLevel.Error
            : context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase) ? LogLevel.Debug
            : LogLevel.Information;
        var method = context.Request.Method;
        var path = context.Request.Path.Value ?? "/";
        if (GraphQLOperation.GetOperationName(context) is { } operation)
        {
            GraphQLRequest(logger, level, method, path, operation, status, elapsedMs, failure);
        }
        else
        {
            Request(logger, level, method, path, status, elapsedMs, failure);
        }
    }

    [LoggerMessage(EventId = 1, EventName = "Request", Message = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {ElapsedMs:0.0} ms")]
    private static partial void Request(ILogger logger, LogLevel level, string requestMethod, string requestPath, int statusCode, double elapsedMs, Exception? exception);

    [LoggerMessage(EventId = 2, EventName = "GraphQLRequest", Message = "HTTP {RequestMethod} {RequestPath} {GraphQLOperation} responded {StatusCode} in {ElapsedMs:0.0} ms")]
    private static partial void GraphQLRequest(ILogger logger, LogLevel level, string requestMethod, string requestPath, string graphQLOperation, int statusCode, double elapsedMs, Exception? exception);
}
