using Bff.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Http;
using Serilog;
using Serilog.AspNetCore;
using Serilog.Events;

namespace Bff.ServiceDefaults.Logging;

/// <summary>
/// Serilog's one-line-per-request log, in our shape: the GraphQL operation and its type as properties, 5xx and
/// exceptions at Error, health probes at Debug so they don't drown the rest. A request the client walked away from
/// (its cancellation surfacing as an exception) is not a server error: Information, flagged <c>ClientAborted</c>, so
/// that error dashboards and alerts count only what the service did wrong.
/// </summary>
internal static class RequestLogging
{
    public const string MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";

    public static void Configure(RequestLoggingOptions options, ILogger logger)
    {
        options.Logger = logger;
        options.MessageTemplate = MessageTemplate;
        options.GetLevel = Level;
        options.EnrichDiagnosticContext = Enrich;
    }

    public static LogEventLevel Level(HttpContext context, double elapsedMs, Exception? exception) =>
        ClientAborted(context, exception) ? LogEventLevel.Information
        : exception is not null || context.Response.StatusCode >= StatusCodes.Status500InternalServerError ? LogEventLevel.Error
        : context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase) ? LogEventLevel.Debug
        : LogEventLevel.Information;

    private static bool ClientAborted(HttpContext context, Exception? exception) =>
        exception is OperationCanceledException && context.RequestAborted.IsCancellationRequested;

    private static void Enrich(IDiagnosticContext diagnostics, HttpContext context)
    {
        if (context.RequestAborted.IsCancellationRequested)
        {
            diagnostics.Set("ClientAborted", true);
        }

        if (GraphQLOperation.GetOperationName(context) is { } name)
        {
            diagnostics.Set("GraphQLOperation", name);
        }

        if (GraphQLOperation.GetOperationType(context) is { } type)
        {
            diagnostics.Set("GraphQLOperationType", type);
        }
    }
}
