using System.Reflection;
using System.Text;

namespace Bff.Aggregator.Tests.Support;

/// <summary>The GraphQL documents bench/run.sh sends to the BFFs for its screens, read where they are committed.</summary>
public static class BenchQueries
{
    /// <summary>One of the app's operations, bff-mobile/Operations/&lt;name&gt;.graphql.</summary>
    public static string MobileOperation(string name) => File.ReadAllText(Path.Combine(Metadata("OperationsDirectory"), name + ".graphql"), Encoding.UTF8);

    /// <summary>The web product page's query, bench/bffs/ProductPage.graphql.</summary>
    public static string ProductPage => File.ReadAllText(Metadata("ProductPageQuery"), Encoding.UTF8);

    private static string Metadata(string key) =>
        typeof(BenchQueries).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
