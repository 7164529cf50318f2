using Bff.GraphQL.Execution.Incremental;
using Bff.GraphQL.Server.Subscriptions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace Bff.GraphQL.Server.Http;

/// <summary>
/// The GraphQL endpoint: GraphQL over HTTP (POST and GET), the schema as SDL on <c>GET ?sdl</c>, and the IDE for
/// browsers when one is registered.
/// </summary>
internal static class GraphQLHttpHandler
{
    public static async Task HandleAsync(HttpContext context)
    {
        var services = context.RequestServices;
        var executor = services.GetRequiredService<GraphQLRequestExecutor>();
        var options = services.GetRequiredService<GraphQLServerOptions>();
        var accept = context.Request.GetTypedHeaders().Accept;
        var mediaType = MediaTypes.Negotiate(accept);
        var incremental = IncrementalAccept.Negotiate(accept);
        try
        {
            if (GraphQLWebSocketHandler.IsUpgrade(context))
            {
                await GraphQLWebSocketHandler.HandleAsync(context, executor);
                return;
            }

            if (HttpMethods.IsGet(context.Request.Method) && await TryServeWithoutExecutionAsync(context, executor, options))
            {
                return;
            }

            if (ServerSentEventsHandler.Accepts(context.Request))
            {
                await ServerSentEventsHandler.HandleAsync(context, executor, options);
                return;
            }

            if (mediaType is null && incremental is null)
            {
                throw new GraphQLHttpException(StatusCodes.Status406NotAcceptable,
                    $"Accept must allow {MediaTypes.GraphQLResponse} or {MediaTypes.Json}.");
            }

            await ExecuteAsync(context, executor, options, mediaType, incremental);
        }
        catch (GraphQLHttpException rejected) when (!context.Response.HasStarted)
        {
            if (rejected.StatusCode == StatusCodes.Status405MethodNotAllowed)
            {
                context.Response.Headers.Allow = options.EnableGetRequests ? "GET, POST" : "POST";
            }

            await ResponseWriter.WriteErrorAsync(context, rejected.StatusCode, rejected.Message, mediaType ?? MediaTypes.Json);
        }
    }

    /// <summary>Files below the endpoint belong to the IDE; without one there are none.</summary>
    public static async Task HandleAssetAsync(HttpContext context)
    {
        var ide = context.RequestServices.GetService<IGraphQLIde>();
        if (ide is null || !await ide.TryServeAsync(context))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }

    private static async Task ExecuteAsync(
        HttpContext context, GraphQLRequestExecutor executor, GraphQLServerOptions options, string? mediaType,
        IncrementalFormat? incremental)
    {
        using var read = await GraphQLHttpRequestReader.ReadAsync(context, options);
        var request = read.Request with { IncrementalDelivery = incremental };
        if (HttpMethods.IsPost(context.Request.Method))
        {
            if (options.EnableHttpCaching)
            {
                // Caches do not keep POST responses anyway; saying so keeps intermediaries from guessing.
                context.Response.Headers.CacheControl = "no-store";
            }

            await RunAsync(context, executor, request, mediaType ?? MediaTypes.Json);
            return;
        }

        await RunAsync(context, executor, request, mediaType ?? MediaTypes.Json, options.EnableHttpCaching);
    }

    /// <summary>
    /// Executes and writes the response. The operation's name and type go to <c>HttpContext.Items</c>
    /// (<c>graphql.operation</c>, <c>graphql.operation.type</c>) for request logs and traces, which read them by name.
    /// </summary>
    private static async Task RunAsync(
        HttpContext context, GraphQLRequestExecutor executor, GraphQLRequest request, string mediaType, bool cacheable = false)
    {
        var response = await executor.ExecuteAsync(request, context.RequestServices, context.RequestAborted);
        if (response.Operation is { } operation)
        {
            context.Items["graphql.operation"] = operation.Name?.Value ?? "anonymous";
            context.Items["graphql.operation.type"] = operation.Operation.ToString().ToLowerInvariant();
        }

        if (response.Incremental is { } parts)
        {
            await MultipartResponseWriter.WriteAsync(context, parts, request.IncrementalDelivery!.Value);
            return;
        }

        await (cacheable
            ? CachingResponseWriter.WriteAsync(context, response, mediaType)
            : ResponseWriter.WriteAsync(context, response, mediaType));
    }

    /// <summary><c>GET ?sdl</c> prints the schema; a browser asking for HTML with no query gets the IDE.</summary>
    private static async Task<bool> TryServeWithoutExecutionAsync(
        HttpContext context, GraphQLRequestExecutor executor, GraphQLServerOptions options)
    {
        var query = context.Request.Query;
        if (query.ContainsKey("sdl"))
        {
            if (!options.EnableSchemaRequests)
            {
                throw new GraphQLHttpException(StatusCodes.Status404NotFound, "The schema is not published here.");
            }

            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(executor.Schema.ToString(), context.RequestAborted);
            return true;
        }

        var wantsHtml = context.Request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));
        var ide = context.RequestServices.GetService<IGraphQLIde>();
        return wantsHtml && !query.ContainsKey("query") && !query.ContainsKey("id") && ide is not null
            && await ide.TryServeAsync(context);
    }
}
