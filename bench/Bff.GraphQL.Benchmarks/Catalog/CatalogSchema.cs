using System.Globalization;
using System.Text.Json;
using Bff.GraphQL.Execution;
using Bff.GraphQL.Language;
using Bff.GraphQL.Types;
using Bff.GraphQL.Validation;

namespace Bff.GraphQL.Benchmarks.Catalog;

/// <summary>
/// The catalog schema with the resolvers bench/graphql-js/execute-bench.mjs gives graphql-js: property reads for
/// most fields, explicit resolvers for <c>Query.products</c>, <c>Product.reviews</c> and <c>Money.formatted</c>.
/// </summary>
internal static class CatalogSchema
{
    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    public static Product[] LoadData() =>
        JsonSerializer.Deserialize<Product[]>(File.ReadAllText(PathOf("catalog-data.json")), JsonOptions)!;

    public static Schema Create(Product[] products) => SchemaBuilder.New()
        .AddDocumentFromString(File.ReadAllText(PathOf("catalog.graphql")))
        .BindRuntimeType<Product>("Product")
        .BindRuntimeType<Money>("Money")
        .BindRuntimeType<Brand>("Brand")
        .BindRuntimeType<Review>("Review")
        .AddResolver("Query", "products", ctx => products.Take(ctx.ArgumentValue<int>("first")).ToArray())
        .AddResolver("Product", "reviews", ctx => ctx.ParentAs<Product>().Reviews.Take(ctx.ArgumentValue<int>("first")).ToArray())
        .AddResolver("Money", "formatted", ctx => Format(ctx.ParentAs<Money>()))
        .Create();

    /// <summary>Parses and validates once, as a document cache would.</summary>
    public static DocumentNode ParseValidated(Schema schema, string file)
    {
        var document = Parser.Parse(File.ReadAllText(PathOf(file)));
        var validation = DocumentValidator.Validate(schema, document);
        return validation.Errors.Count == 0
            ? document
            : throw new InvalidOperationException(validation.Errors[0].Message);
    }

    private static string Format(Money money) =>
        money.Amount.ToString("F2", CultureInfo.InvariantCulture) + " " + money.Currency;

    private static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Catalog", name);
}
