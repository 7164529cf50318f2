using System.Buffers;
using System.Text;
using System.Text.Json;
using Bff.GraphQL.Execution;
using Bff.GraphQL.Execution.Incremental;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Bff.GraphQL.Server.Http;

/// <summary>
/// Writes an incremental response as <c>multipart/mixed</c> with the boundary <c>-</c>, as Apollo Server and graphql-js
/// frame it: each part is JSON (<c>Content-Type: application/json; charset=utf-8</c>), closed by the boundary at once
/// and flushed, so a client reads each part as soon as it is produced.
/// </summary>
internal static class MultipartResponseWriter
{
    private static readonly byte[] FirstPart = Encoding.ASCII.GetBytes("\r\n---\r\nContent-Type: application/json; charset=utf-8\r\n\r\n");
    private static readonly byte[] NextPart = Encoding.ASCII.GetBytes("\r\nContent-Type: application/json; charset=utf-8\r\n\r\n");
    private static readonly byte[] Boundary = Encoding.ASCII.GetBytes("\r\n---");
    private static readonly byte[] End = Encoding.ASCII.GetBytes("--\r\n");
    private static readonly JsonWriterOptions WriterOptions = new() { SkipValidation = true };

    public static async Task WriteAsync(HttpContext context, IncrementalExecutionResult result, IncrementalFormat format)
    {
        var response = context.Response;
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = IncrementalAccept.ContentType(format);
        response.Headers.CacheControl = "no-store";
        var open = result.Pending.ToDictionary(p => p.Id);
        await WritePartAsync(context, FirstPart, w => IncrementalResultWriter.WriteInitial(w, result, format));
        try
        {
            await foreach (var payload in result.Subsequent.WithCancellation(context.RequestAborted))
            {
                Track(open, payload);
                await WritePartAsync(context, NextPart, w => IncrementalResultWriter.WriteSubsequent(w, payload, format));
            }
        }
        catch (OperationCanceledException) when (!context.RequestAborted.IsCancellationRequested)
        {
            // The execution timeout ended the parts still pending: each completes with the timeout as its error.
            var timedOut = TimedOut(open.Values, context.RequestServices);
            await WritePartAsync(context, NextPart, w => IncrementalResultWriter.WriteSubsequent(w, timedOut, format));
        }

        await response.Body.WriteAsync(End, context.RequestAborted);
        await response.Body.FlushAsync(context.RequestAborted);
    }

    private static async Task WritePartAsync(HttpContext context, byte[] header, Action<Utf8JsonWriter> write)
    {
        var body = context.Response.BodyWriter;
        body.Write(header);
        await using (var writer = new Utf8JsonWriter(body, WriterOptions))
        {
            write(writer);
        }

        body.Write(Boundary);
        await body.FlushAsync(context.RequestAborted);
    }

    private static void Track(Dictionary<string, PendingResult> open, SubsequentResult payload)
    {
        foreach (var pending in payload.Pending)
        {
            open[pending.Id] = pending;
        }

        foreach (var completed in payload.Completed)
        {
            open.Remove(completed.Id);
        }
    }

    private static SubsequentResult TimedOut(IEnumerable<PendingResult> open, IServiceProvider services)
    {
        var timeout = (services.GetService(typeof(GraphQLServerOptions)) as GraphQLServerOptions)?.ExecutionTimeout ?? TimeSpan.Zero;
        var error = new GraphQLError(
            $"The operation did not complete within {timeout.TotalSeconds:0.###} s.",
            Extensions: new Dictionary<string, object?> { ["code"] = ServerErrorCodes.Timeout });
        return new SubsequentResult(
            [], [], [.. open.Select(p => new CompletedResult(p.Id, p.Path, p.Label, false, 0, [error]))], HasNext: false);
    }
}
