using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using Bff.GraphQL.Benchmarks.Catalog;
using Bff.GraphQL.Execution;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.Benchmarks;

/// <summary>
/// Executing a cached (parsed and validated once) product list of 10 products x 10 fields and writing the response
/// as JSON into a reused buffer; bench/graphql-js/execute-bench.mjs does the same with graphql-js, for
/// bench/results/execution.md.
/// </summary>
[MemoryDiagnoser]
public class ExecutionBenchmarks
{
    private readonly Executor executor = new();
    private readonly ArrayBufferWriter<byte> buffer = new(16 * 1024);
    private Schema schema = null!;
    private ExecutionRequest request = null!;
    private Utf8JsonWriter writer = null!;

    [GlobalSetup]
    public void Setup()
    {
        schema = CatalogSchema.Create(CatalogSchema.LoadData());
        request = new ExecutionRequest(CatalogSchema.ParseValidated(schema, "product-list.graphql"), null, null);
        writer = new Utf8JsonWriter(buffer);
        ExecuteAndSerialize().GetAwaiter().GetResult();
        var expected = JsonNode.Parse(File.ReadAllText(
            Path.Combine(AppContext.BaseDirectory, "Catalog", "product-list.response.json")));
        if (!JsonNode.DeepEquals(JsonNode.Parse(buffer.WrittenSpan), expected))
        {
            throw new InvalidOperationException("The response differs from graphql-js's (Catalog/product-list.response.json).");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => writer.Dispose();

    [Benchmark(Baseline = true)]
    public async Task<int> ExecuteAndSerialize()
    {
        var result = await executor.ExecuteAsync(schema, request);
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        ExecutionResultWriter.Write(writer, result);
        writer.Flush();
        return buffer.WrittenCount;
    }

    [Benchmark]
    public async Task<int> ExecuteOnly() => (await executor.ExecuteAsync(schema, request)).Data!.Count;
}
