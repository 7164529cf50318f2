using System.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Bff.ServiceDefaults.Telemetry;

/// <summary>
/// Wraps requests to the GraphQL path in a <c>Bff.GraphQL</c> span, named after the operation once the endpoint has
/// recorded it (see <see cref="GraphQLOperation"/>), so traces show operations without the engine knowing about tracing.
/// </summary>
internal sealed class GraphQLSpanMiddleware(RequestDelegate next, PathString graphQLPath)
{
    internal static readonly ActivitySource Source = new(BffTelemetry.GraphQLSource);

    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments(graphQLPath, StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }

        using var activity = Source.StartActivity("graphql", ActivityKind.Internal);
        try
        {
            await next(context);
        }
        catch (Exception ex) when (activity is not null)
        {
            activity.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            throw;
        }
        finally
        {
            if (activity is not null)
            {
                Name(activity, context);
            }
        }
    }

    private static void Name(Activity activity, HttpContext context)
    {
        var name = GraphQLOperation.GetOperationName(context);
        var type = GraphQLOperation.GetOperationType(context);
        activity.SetTag("graphql.operation.name", name).SetTag("graphql.operation.type", type);
        activity.DisplayName = (type, name) switch
        {
            (not null, not null) => $"{type} {name}",
            (not null, null) => type,
            (null, not null) => $"graphql {name}",
            _ => "graphql",
        };
        if (context.Response.StatusCode >= 500)
        {
            activity.SetStatus(ActivityStatusCode.Error);
        }
    }
}
