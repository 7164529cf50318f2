using System.Text.Json;
using Bff.GraphQL.EndToEndTests.TestSupport;
using Bff.GraphQL.Server;

namespace Bff.GraphQL.EndToEndTests.Http;

/// <summary>
/// The execution timeout covers the deferred parts too: when it ends the operation mid-stream, every part still
/// pending completes with the timeout error, the stream closes, and the deferred resolver's token is cancelled.
/// </summary>
public sealed class IncrementalTimeoutTests
{
    [Fact]
    public async Task PartsStillPendingAtTheTimeoutCompleteWithTheTimeoutError()
    {
        var cancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var host = await MinimalGraphQLHost.StartAsync("Production", b => b
            .AddDocumentFromString("type Query { id: ID! never: String }")
            .ModifyOptions(o => o.EnableDefer = true)
            .ModifyServerOptions(o => o.ExecutionTimeout = TimeSpan.FromSeconds(1))
            .AddResolver("Query", "id", _ => "q")
            .AddResolver<object?>("Query", "never", async ctx =>
            {
                try
                {
                    await Task.Delay(Timeout.Infinite, ctx.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    cancelled.TrySetResult();
                    throw;
                }

                return null;
            }));

        var body = JsonSerializer.Serialize(new { query = """{ id ... @defer(label: "late") { never } }""" });
        await using var parts = await MultipartParts.SendAsync(host.Client, MultipartParts.Post(body, "multipart/mixed"));

        Assert.Equal(
            [
                """{"data":{"id":"q"},"pending":[{"id":"0","path":[],"label":"late"}],"hasNext":true}""",
                $$$"""{"completed":[{"id":"0","errors":[{"message":"The operation did not complete within 1 s.","extensions":{"code":"{{{ServerErrorCodes.Timeout}}}"}}]}],"hasNext":false}""",
            ],
            await parts.RestAsync());
        await cancelled.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }
}
