using Bff.GraphQL.DataLoader;
using Bff.GraphQL.Execution;
using Bff.GraphQL.Execution.Incremental;
using Bff.GraphQL.Language;
using Bff.GraphQL.Types;
using Bff.GraphQL.Validation;

namespace Bff.GraphQL.Tests.Execution.Incremental;

/// <summary>
/// When deferred resolvers run (after the initial result, together), how a slow part and a fast one come out, what
/// cancellation reaches, and that without incremental delivery deferred fragments are plain fragments.
/// </summary>
public sealed class IncrementalExecutionTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private const string Sdl = """
        type Query { product: Product }
        type Product { id: ID! name: String reviews: [String] similar: [String] }
        """;

    [Fact]
    public async Task DeferredResolversRunOnlyAfterTheInitialPartsResolversHaveFinished()
    {
        var log = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var schema = Build(b => b
            .AddResolver<object?>("Product", "name", async _ =>
            {
                await Task.Yield();
                log.Enqueue("name finished");
                return "Phone";
            })
            .AddResolver<object?>("Product", "reviews", async _ =>
            {
                log.Enqueue("reviews started");
                await Task.Yield();
                return new[] { "great" };
            }));

        var result = await ExecuteAsync(schema, """{ product { id name ... @defer(label: "reviews") { reviews } } }""");
        Assert.Equal("""{"data":{"product":{"id":"p1","name":"Phone"}},"pending":[{"id":"0","path":["product"],"label":"reviews"}],"hasNext":true}""",
            IncrementalResultWriter.InitialToJson(result, IncrementalFormat.Current));

        var payloads = await ReadAllAsync(result);
        Assert.Equal(["name finished", "reviews started"], log);
        Assert.Equal("""{"incremental":[{"id":"0","data":{"reviews":["great"]}}],"completed":[{"id":"0"}],"hasNext":false}""", Assert.Single(payloads));
    }

    [Fact]
    public async Task DeferredPartsRunConcurrently()
    {
        // Each part's resolver waits until both have started: run one after the other, neither would finish.
        var started = 0;
        var both = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        async Task<object?> Rendezvous(IResolverContext ctx)
        {
            if (Interlocked.Increment(ref started) == 2)
            {
                both.TrySetResult();
            }

            await both.Task.WaitAsync(Patience);
            return new[] { ctx.Field.Name };
        }

        var schema = Build(b => b.AddResolver<object?>("Product", "reviews", Rendezvous).AddResolver<object?>("Product", "similar", Rendezvous));
        var result = await ExecuteAsync(schema, """{ product { id ... @defer(label: "r") { reviews } ... @defer(label: "s") { similar } } }""");

        var payloads = await ReadAllAsync(result);
        Assert.Contains(payloads, p => p.Contains("\"reviews\":[\"reviews\"]", StringComparison.Ordinal));
        Assert.Contains(payloads, p => p.Contains("\"similar\":[\"similar\"]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DataLoaderKeysOfPartsReleasedTogetherShareOneBatch()
    {
        var batches = new System.Collections.Concurrent.ConcurrentQueue<string>();
        Task<object?> Load(IResolverContext ctx) => ctx.BatchLoader<string, string>("words", async (keys, _) =>
        {
            batches.Enqueue(string.Join(",", keys.Order(StringComparer.Ordinal)));
            await Task.Yield();
            return keys.ToDictionary(k => k, k => k.ToUpperInvariant());
        }).LoadAsync(ctx.Field.Name).ContinueWith(t => (object?)new[] { t.Result }, TaskScheduler.Default);

        var schema = Build(b => b.AddResolver<object?>("Product", "reviews", Load).AddResolver<object?>("Product", "similar", Load));
        var result = await ExecuteAsync(schema, """{ product { id ... @defer(label: "r") { reviews } ... @defer(label: "s") { similar } } }""");

        var payloads = await ReadAllAsync(result);
        Assert.Equal(["reviews,similar"], batches);
        Assert.Contains(payloads, p => p.Contains("\"reviews\":[\"REVIEWS\"]", StringComparison.Ordinal));
        Assert.Contains(payloads, p => p.Contains("\"similar\":[\"SIMILAR\"]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AFastPartIsSentWhileASlowOneIsStillRunning()
    {
        var slowGate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var schema = Build(b => b
            .AddResolver<object?>("Product", "reviews", async _ => { await slowGate.Task; return (object?)new[] { "slow" }; })
            .AddResolver<object?>("Product", "similar", async _ => { await Task.Yield(); return (object?)new[] { "fast" }; }));
        var result = await ExecuteAsync(schema, """{ product { id ... @defer(label: "slow") { reviews } ... @defer(label: "fast") { similar } } }""");

        await using var payloads = result.Subsequent.GetAsyncEnumerator();
        Assert.True(await payloads.MoveNextAsync().AsTask().WaitAsync(Patience));
        Assert.Equal("""{"incremental":[{"id":"1","data":{"similar":["fast"]}}],"completed":[{"id":"1"}],"hasNext":true}""",
            IncrementalResultWriter.SubsequentToJson(payloads.Current, IncrementalFormat.Current));

        slowGate.SetResult();
        Assert.True(await payloads.MoveNextAsync().AsTask().WaitAsync(Patience));
        Assert.Equal("""{"incremental":[{"id":"0","data":{"reviews":["slow"]}}],"completed":[{"id":"0"}],"hasNext":false}""",
            IncrementalResultWriter.SubsequentToJson(payloads.Current, IncrementalFormat.Current));
        Assert.False(await payloads.MoveNextAsync());
    }

    [Fact]
    public async Task CancellingTheExecutionCancelsTheTokenOfEveryDeferredResolver()
    {
        var waiting = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var cancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var schema = Build(b => b.AddResolver<object?>("Product", "reviews", async ctx =>
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

            return (object?)null;
        }));
        using var abort = new CancellationTokenSource();
        var result = await ExecuteAsync(schema, """{ product { id ... @defer { reviews } } }""", abort.Token);

        await waiting.Task.WaitAsync(Patience);
        await abort.CancelAsync();
        await cancelled.Task.WaitAsync(Patience);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ReadAllAsync(result));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => result.Completion);
    }

    [Fact]
    public async Task WithoutIncrementalDeliveryDeferredFragmentsAndStreamsAreExecutedInline()
    {
        var schema = Build(b => b.AddResolver<object?>("Product", "reviews", async _ => { await Task.Yield(); return (object?)new[] { "a", "b" }; }));
        var document = Parser.Parse("""{ product { id ... @defer(label: "r") { reviews @stream(initialCount: 1) } } }""");
        Assert.True(DocumentValidator.Validate(schema, document).IsValid);

        var result = await new Executor().ExecuteAsync(schema, new ExecutionRequest(document) { RootValue = Root });

        Assert.Equal("""{"data":{"product":{"id":"p1","reviews":["a","b"]}}}""", ExecutionResultWriter.ToJson(result));
    }

    [Fact]
    public void TheDirectivesAreInTheSchemaOnlyWhenEnabled()
    {
        var plain = SchemaBuilder.New().AddDocumentFromString(Sdl).ModifyOptions(o => o.StrictResolvers = false).Create();
        var enabled = Build();

        Assert.Null(plain.GetDirective("defer"));
        Assert.DoesNotContain("@defer", plain.ToString(), StringComparison.Ordinal);
        var unknown = DocumentValidator.Validate(plain, Parser.Parse("{ product { ... @defer { name } } }"));
        Assert.Equal("Unknown directive \"@defer\".", Assert.Single(unknown.Errors).Message);
        var sdl = enabled.ToString();
        Assert.Contains("directive @defer(", sdl, StringComparison.Ordinal);
        Assert.Contains(") on FRAGMENT_SPREAD | INLINE_FRAGMENT", sdl, StringComparison.Ordinal);
        Assert.Contains("directive @stream(", sdl, StringComparison.Ordinal);
        Assert.Contains("initialCount: Int! = 0", sdl, StringComparison.Ordinal);
        Assert.Contains(") on FIELD", sdl, StringComparison.Ordinal);
    }

    private static readonly Dictionary<string, object?> Root = new()
    {
        ["product"] = new Dictionary<string, object?> { ["id"] = "p1", ["name"] = "Phone", ["reviews"] = new[] { "r" }, ["similar"] = new[] { "s" } },
    };

    private static Schema Build(Func<SchemaBuilder, SchemaBuilder>? resolvers = null)
    {
        var builder = SchemaBuilder.New().AddDocumentFromString(Sdl).ModifyOptions(o =>
        {
            o.StrictResolvers = false;
            o.EnableDefer = true;
            o.EnableStream = true;
        });
        return (resolvers?.Invoke(builder) ?? builder).Create();
    }

    private static Task<IncrementalExecutionResult> ExecuteAsync(Schema schema, string document, CancellationToken cancellationToken = default) =>
        new Executor().ExecuteIncrementallyAsync(
            schema, new ExecutionRequest(Parser.Parse(document)) { RootValue = Root }, IncrementalFormat.Current, cancellationToken);

    private static async Task<List<string>> ReadAllAsync(IncrementalExecutionResult result)
    {
        var payloads = new List<string>();
        await foreach (var payload in result.Subsequent)
        {
            payloads.Add(IncrementalResultWriter.SubsequentToJson(payload, IncrementalFormat.Current));
        }

        return payloads;
    }
}
