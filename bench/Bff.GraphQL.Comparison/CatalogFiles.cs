namespace Bff.GraphQL.Comparison;

/// <summary>The catalog files of bench/Bff.GraphQL.Benchmarks, linked into this project's output.</summary>
internal static class CatalogFiles
{
    public static string Read(string folder, string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, folder, name));

    public static string ProductList => Read("Catalog", "product-list.graphql");

    public static string ProductPage => Read("Queries", "product-page.graphql");

    public static string Sdl => Read("Catalog", "catalog.graphql");

    public static string ExpectedResponse => Read("Catalog", "product-list.response.json");
}
