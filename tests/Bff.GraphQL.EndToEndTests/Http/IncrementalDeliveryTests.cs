using System.Net;
using System.Text.Json;
using Bff.GraphQL.EndToEndTests.TestSupport;
using Bff.GraphQL.Server;

namespace Bff.GraphQL.EndToEndTests.Http;

/// <summary>
/// <c>@defer</c> and <c>@stream</c> over real Kestrel sockets: <c>multipart/mixed</c> with the boundary <c>-</c> in
/// the format the <c>Accept</c> header asks for, each part flushed as it is produced, the whole result at once for
/// clients that do not ask, and a client that goes away mid-stream cancelling the deferred resolvers.
/// </summary>
public sealed class IncrementalDeliveryTests : IAsyncLifetime
{
    private const string Sdl = """
        type Query { product: Product }
        type Product { id: ID! name: String reviews: [String] gatedReviews: [String] waitForCancellation: String }
        """;

    private const string Query = """{ product { id name ... @defer(label: "reviews") { reviews } } }""";
    private const string Current = "multipart/mixed";
    private const string Apollo = "multipart/mixed;deferSpec=20220824, application/json";
    private const string JsonPart = "application/json; charset=utf-8";

    private readonly TaskCompletionSource gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource waiting = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource cancelled = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly string persisted = Directory.CreateTempSubdirectory("defer-persisted").FullName;
    private MinimalGraphQLHost host = null!;

    public async Task InitializeAsync()
    {
        await File.WriteAllTextAsync(Path.Combine(persisted, "product-screen.graphql"), Query);
        host = await MinimalGraphQLHost.StartAsync("Production", b => b
            .AddDocumentFromString(Sdl)
            .ModifyOptions(o =>
            {
                o.EnableDefer = true;
                o.EnableStream = true;
            })
            .UsePersistedOperations(persisted)
            .AddResolver("Query", "product", _ => new Dictionary<string, object?> { ["id"] = "p1", ["name"] = "Phone" })
            .AddResolver("Product", "id", ctx => ((Dictionary<string, object?>)ctx.Parent!)["id"])
            .AddResolver("Product", "name", ctx => ((Dictionary<string, object?>)ctx.Parent!)["name"])
            .AddResolver("Product", "reviews", _ => new[] { "great", "fine" })
            .AddResolver<object?>("Product", "gatedReviews", async _ =>
            {
                await gate.Task;
                return new[] { "late" };
            })
            .AddResolver<object?>("Product", "waitForCancellation", async ctx =>
            {
                waiting.TrySetResult();
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
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        Directory.Delete(persisted, recursive: true);
    }

    [Fact]
    public async Task MultipartAcceptGetsTheInitialPartThenTheDeferredOneInTheCurrentFormat()
    {
        await using var parts = await MultipartParts.SendAsync(host.Client, MultipartParts.Post(Body(Query), Current));

        Assert.Equal("multipart/mixed; boundary=\"-\"", parts.Response.Content.Headers.ContentType!.ToString());
        var initial = await parts.NextAsync();
        Assert.Equal(JsonPart, initial!.Value.ContentType);
        Assert.Equal("""{"data":{"product":{"id":"p1","name":"Phone"}},"pending":[{"id":"0","path":["product"],"label":"reviews"}],"hasNext":true}""", initial.Value.Json);
        Assert.Equal(["""{"incremental":[{"id":"0","data":{"reviews":["great","fine"]}}],"completed":[{"id":"0"}],"hasNext":false}"""], await parts.RestAsync());
    }

    [Fact]
    public async Task IncrementalSpecV02AcceptGetsTheCurrentFormat()
    {
        await using var parts = await MultipartParts.SendAsync(
            host.Client, MultipartParts.Post(Body(Query), "multipart/mixed;incrementalSpec=v0.2, application/graphql-response+json"));

        var all = await parts.RestAsync();
        Assert.Equal(2, all.Count);
        Assert.Contains("\"pending\"", all[0], StringComparison.Ordinal);
        Assert.Contains("\"completed\":[{\"id\":\"0\"}]", all[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApolloDeferSpecAcceptGetsApollosFormat()
    {
        await using var parts = await MultipartParts.SendAsync(host.Client, MultipartParts.Post(Body(Query), Apollo));

        Assert.Equal("multipart/mixed; boundary=\"-\"; deferSpec=20220824", parts.Response.Content.Headers.ContentType!.ToString());
        Assert.Equal(
            [
                """{"data":{"product":{"id":"p1","name":"Phone"}},"hasNext":true}""",
                """{"incremental":[{"data":{"reviews":["great","fine"]},"path":["product"],"label":"reviews"}],"hasNext":false}""",
            ],
            await parts.RestAsync());
    }

    [Fact]
    public async Task StreamedItemsComeAfterTheInitialCount()
    {
        var query = """{ product { reviews @stream(initialCount: 1, label: "more") } }""";
        await using var parts = await MultipartParts.SendAsync(host.Client, MultipartParts.Post(Body(query), Apollo));

        Assert.Equal(
            [
                """{"data":{"product":{"reviews":["great"]}},"hasNext":true}""",
                """{"incremental":[{"items":["fine"],"path":["product","reviews",1],"label":"more"}],"hasNext":false}""",
            ],
            await parts.RestAsync());
    }

    [Fact]
    public async Task AClientThatDoesNotAcceptMultipartGetsTheWholeResultAtOnce()
    {
        var response = await host.Client.PostGraphQLAsync(new { query = Query });

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("application/graphql-response+json", response.MediaType);
        Assert.Equal("""{"data":{"product":{"id":"p1","name":"Phone","reviews":["great","fine"]}}}""", response.Body);
    }

    [Fact]
    public async Task AnOperationThatDefersNothingIsAnsweredAsJsonEvenToAMultipartClient()
    {
        var response = await host.Client.PostGraphQLAsync(new { query = "{ product { id } }" }, Apollo);

        Assert.Equal("application/json", response.MediaType);
        Assert.Equal("""{"data":{"product":{"id":"p1"}}}""", response.Body);
    }

    [Fact]
    public async Task GetRequestsAndPersistedOperationsAreStreamedToo()
    {
        var get = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(Query));
        get.Headers.TryAddWithoutValidation("Accept", Current);
        await using (var parts = await MultipartParts.SendAsync(host.Client, get))
        {
            Assert.Equal(2, (await parts.RestAsync()).Count);
        }

        await using var persistedParts = await MultipartParts.SendAsync(
            host.Client, MultipartParts.Post("""{"id":"product-screen"}""", Apollo));
        Assert.Equal(
            [
                """{"data":{"product":{"id":"p1","name":"Phone"}},"hasNext":true}""",
                """{"incremental":[{"data":{"reviews":["great","fine"]},"path":["product"],"label":"reviews"}],"hasNext":false}""",
            ],
            await persistedParts.RestAsync());
    }

    [Fact]
    public async Task TheInitialPartReachesTheClientWhileTheDeferredResolverIsStillWaiting()
    {
        var query = """{ product { id ... @defer { gatedReviews } } }""";
        await using var parts = await MultipartParts.SendAsync(host.Client, MultipartParts.Post(Body(query), Current));

        // The deferred resolver cannot finish until the gate opens, and the gate opens only once the initial part is read.
        var initial = await parts.NextAsync();
        Assert.False(gate.Task.IsCompleted);
        Assert.Equal("""{"data":{"product":{"id":"p1"}},"pending":[{"id":"0","path":["product"]}],"hasNext":true}""", initial!.Value.Json);
        gate.SetResult();
        Assert.Equal(["""{"incremental":[{"id":"0","data":{"gatedReviews":["late"]}}],"completed":[{"id":"0"}],"hasNext":false}"""], await parts.RestAsync());
    }

    [Fact]
    public async Task AClientDisconnectingMidStreamCancelsTheDeferredResolversToken()
    {
        var query = """{ product { id ... @defer { waitForCancellation } } }""";
        var parts = await MultipartParts.SendAsync(host.Client, MultipartParts.Post(Body(query), Current));
        Assert.NotNull(await parts.NextAsync());
        await waiting.Task.WaitAsync(TimeSpan.FromSeconds(10));

        await parts.DisposeAsync();

        await cancelled.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(cancelled.Task.IsCompletedSuccessfully);
        var healthy = await host.Client.PostGraphQLAsync(new { query = "{ product { id } }" });
        Assert.Equal(HttpStatusCode.OK, healthy.Status);
    }

    private static string Body(string query) => JsonSerializer.Serialize(new { query });
}
