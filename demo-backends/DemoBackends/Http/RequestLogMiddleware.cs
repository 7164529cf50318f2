using System.Diagnostics;

namespace DemoBackends.Http;

/// <summary>
/// One log line per request carrying the caller's <c>X-Correlation-Id</c>, so a BFF request can be
/// followed into every backend it touched. The id is echoed back for the same reason.
/// </summary>
internal sealed partial class RequestLogMiddleware(RequestDelegate next, ILoggerFactory loggers)
{
    public const string HeaderName = "X-Correlation-Id";
    private readonly ILogger logger = loggers.CreateLogger("DemoBackends.Requests");

    public async Task InvokeAsync(HttpContext http)
    {
        var correlationId = http.Request.Headers[HeaderName].ToString();
        if (correlationId.Length is 0 or > 128)
        {
            correlationId = "-";
        }
        else
        {
            http.Response.Headers[HeaderName] = correlationId;
        }

        var started = Stopwatch.GetTimestamp();
        using (logger.BeginScope(new Dictionary<string, object> { ["CorrelationId"] = correlationId }))
        {
            try
            {
                await next(http);
            }
            finally
            {
                if (logger.IsEnabled(LogLevel.Information))
                {
                    LogRequest(logger, http.Request.Method, http.Request.Path, http.Response.StatusCode,
                        Stopwatch.GetElapsedTime(started).TotalMilliseconds, correlationId);
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "{Method} {Path} -> {StatusCode} in {ElapsedMs:0.0} ms correlation={CorrelationId}")]
    private static partial void LogRequest(ILogger logger, string method, string path, int statusCode, double elapsedMs, string correlationId);
}
