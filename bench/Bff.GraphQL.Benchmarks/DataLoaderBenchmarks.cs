using BenchmarkDotNet.Attributes;
using Bff.GraphQL.DataLoader;
using Bff.GraphQL.Execution;
using Bff.GraphQL.Language;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.Benchmarks;

/// <summary>
/// A list of 1,000 items whose <c>detail</c> field each loads through one DataLoader: 1,000 loads, one batch call.
/// Measures the executor's and the DataLoader's own overhead (the batch fetch is in memory), for
/// bench/results/dataloader.md.
/// </summary>
[MemoryDiagnoser]
public class DataLoaderBenchmarks
{
    private const int ItemCount = 1_000;
    private const string Sdl = """
        type Query { items: [Item!]! }
        type Item { id: Int! detail: Detail }
        type Detail { id: Int! label: String! }
        """;

    private readonly Executor executor = new();
    private Schema schema = null!;
    private ExecutionRequest request = null!;
    private int batchCalls;

    [GlobalSetup]
    public void Setup()
    {
        var items = Enumerable.Range(1, ItemCount).Select(id => new Item(id)).ToArray();
        schema = SchemaBuilder.New()
            .AddDocumentFromString(Sdl)
            .BindRuntimeType<Item>("Item")
            .BindRuntimeType<Detail>("Detail")
            .AddResolver("Query", "items", _ => items)
            .AddResolver("Item", "detail", ctx => ctx.BatchLoader<int, Detail>("details", FetchDetails)
                .LoadAsync(ctx.ParentAs<Item>().Id, ctx.RequestAborted))
            .Create();
        request = new ExecutionRequest(Parser.Parse("{ items { id detail { id label } } }"), null, null);
        var result = executor.ExecuteAsync(schema, request).GetAwaiter().GetResult();
        if (batchCalls != 1 || result.Errors.Count > 0 || ((ResultList)result.Data!["items"]!).Count != ItemCount)
        {
            throw new InvalidOperationException($"Expected one batch call and {ItemCount} items; got {batchCalls} calls.");
        }
    }

    [Benchmark]
    public async Task<int> LoadThousandItemsInOneBatch() =>
        ((ResultList)(await executor.ExecuteAsync(schema, request)).Data!["items"]!).Count;

    private Task<IReadOnlyDictionary<int, Detail>> FetchDetails(IReadOnlyList<int> ids, CancellationToken cancellationToken)
    {
        batchCalls++;
        var details = new Dictionary<int, Detail>(ids.Count);
        foreach (var id in ids)
        {
            details[id] = new Detail(id, "Detail " + id);
        }

        return Task.FromResult<IReadOnlyDictionary<int, Detail>>(details);
    }

    public sealed record Item(int Id);

    public sealed record Detail(int Id, string Label);
}
