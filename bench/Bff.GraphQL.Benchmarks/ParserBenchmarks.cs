using System.Text;
using BenchmarkDotNet.Attributes;
using Bff.GraphQL.Language;

namespace Bff.GraphQL.Benchmarks;

/// <summary>
/// Parsing the two documents that bench/graphql-js/parse-bench.mjs parses with graphql-js, for the comparison in
/// bench/results/parser.md.
/// </summary>
[MemoryDiagnoser]
public class ParserBenchmarks
{
    private string _productPage = string.Empty;
    private string _introspection = string.Empty;
    private byte[] _productPageUtf8 = [];

    [GlobalSetup]
    public void Setup()
    {
        _productPage = Load("product-page.graphql");
        _introspection = Load("introspection.graphql");
        _productPageUtf8 = Encoding.UTF8.GetBytes(_productPage);
    }

    private static string Load(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Queries", name));

    [Benchmark(Baseline = true)]
    public DocumentNode ProductPage() => Parser.Parse(_productPage);

    [Benchmark]
    public DocumentNode ProductPageUtf8() => Parser.Parse(_productPageUtf8.AsSpan());

    [Benchmark]
    public DocumentNode Introspection() => Parser.Parse(_introspection);

    [Benchmark]
    public string PrintProductPage() => Printer.Print(Parser.Parse(_productPage));
}
