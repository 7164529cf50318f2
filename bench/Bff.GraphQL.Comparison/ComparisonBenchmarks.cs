using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Bff.GraphQL.Language;
using GraphQLParser.AST;
using GraphQL.Validation;
using OurValidationResult = Bff.GraphQL.Validation.ValidationResult;

namespace Bff.GraphQL.Comparison;

/// <summary>
/// Our engine against GraphQL.NET 8 on the same catalog schema, data and documents, step by step; in each category
/// ours is the baseline, so the ratio column reads "GraphQL.NET takes N times as long as we do".
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class ComparisonBenchmarks
{
    private OurEngine ours = null!;
    private GraphQLNetEngine theirs = null!;
    private string productPage = string.Empty;
    private string productList = string.Empty;
    private DocumentNode ourProductList = null!;
    private GraphQLDocument theirProductList = null!;

    [GlobalSetup]
    public void Setup()
    {
        ours = new OurEngine();
        theirs = new GraphQLNetEngine();
        productPage = CatalogFiles.ProductPage;
        productList = CatalogFiles.ProductList;
        ourProductList = OurEngine.Parse(productList);
        theirProductList = theirs.Parse(productList);
        ResponseCheck.Run(ours, theirs, productList);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        ours.Dispose();
        theirs.Dispose();
    }

    [Benchmark(Baseline = true, Description = "ours"), BenchmarkCategory("1 parse product-page")]
    public DocumentNode ParseOurs() => OurEngine.Parse(productPage);

    [Benchmark(Description = "GraphQL.NET"), BenchmarkCategory("1 parse product-page")]
    public GraphQLDocument ParseGraphQLNet() => theirs.Parse(productPage);

    [Benchmark(Baseline = true, Description = "ours (server options)"), BenchmarkCategory("2 validate product-list")]
    public OurValidationResult ValidateOurs() => ours.Validate(ourProductList);

    [Benchmark(Description = "ours (spec rules only)"), BenchmarkCategory("2 validate product-list")]
    public OurValidationResult ValidateOursSpecOnly() => ours.ValidateSpecOnly(ourProductList);

    [Benchmark(Description = "GraphQL.NET"), BenchmarkCategory("2 validate product-list")]
    public Task<IValidationResult> ValidateGraphQLNet() => theirs.ValidateAsync(theirProductList);

    [Benchmark(Baseline = true, Description = "ours"), BenchmarkCategory("3 full request, no document cache")]
    public Task<int> FullRequestOurs() => ours.RunAsync(productList);

    [Benchmark(Description = "GraphQL.NET"), BenchmarkCategory("3 full request, no document cache")]
    public Task<long> FullRequestGraphQLNet() => theirs.RunAsync(productList);

    [Benchmark(Baseline = true, Description = "ours"), BenchmarkCategory("4 cached document, execute + serialize")]
    public Task<int> CachedOurs() => ours.RunCachedAsync();

    [Benchmark(Description = "GraphQL.NET"), BenchmarkCategory("4 cached document, execute + serialize")]
    public Task<long> CachedGraphQLNet() => theirs.RunCachedAsync();
}
