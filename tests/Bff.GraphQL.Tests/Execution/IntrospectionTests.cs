using Bff.GraphQL.Execution;
using Bff.GraphQL.Language;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.Tests.Execution;

public sealed class IntrospectionTests
{
    private static readonly Schema Rich = SchemaBuilder.New()
        .AddDocumentFromString(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Execution", "TestData", "rich-schema.graphql")))
        .AddScalar(new ScalarType("DateTime", value => value, specifiedByUrl: "https://scalars.graphql.org/andimarek/date-time"))
        .AddScalar(new ScalarType("Money", value => value))
        .ModifyOptions(o => o.StrictResolvers = false)
        .Create();

    [Fact]
    public async Task GraphQLJsRebuildsTheSameSchemaFromOurIntrospection()
    {
        var query = await NodeScript.RunAsync("introspection-query.mjs");
        var result = await new Executor().ExecuteAsync(Rich, new ExecutionRequest(Parser.Parse(query)));
        Assert.Empty(result.Errors);

        var printedByGraphQLJs = await NodeScript.RunWithInputAsync("print-client-schema.mjs", ExecutionResultWriter.ToJson(result));

        Assert.Equal(SchemaPrinter.Print(Rich), printedByGraphQLJs);
    }

    [Fact]
    public async Task TypeLooksUpOneTypeByNameAndNullForUnknownNames()
    {
        var result = await new Executor().ExecuteAsync(Rich, new ExecutionRequest(Parser.Parse("""
            {
              product: __type(name: "Product") { kind name interfaces { name } fields(includeDeprecated: false) { name } }
              missing: __type(name: "Nope") { name }
            }
            """)));

        Assert.Equal(
            """{"data":{"product":{"kind":"OBJECT","name":"Product","interfaces":[{"name":"CatalogItem"},{"name":"Node"}],"fields":[{"name":"id"},{"name":"name"},{"name":"listedAt"},{"name":"price"},{"name":"images"},{"name":"related"}]},"missing":null}}""",
            ExecutionResultWriter.ToJson(result));
    }

    [Fact]
    public async Task DeprecatedArgumentsAndInputFieldsShowOnlyWhenAskedFor()
    {
        var result = await new Executor().ExecuteAsync(Rich, new ExecutionRequest(Parser.Parse("""
            {
              filter: __type(name: "ProductFilter") { all: inputFields(includeDeprecated: true) { name isDeprecated deprecationReason } current: inputFields { name } }
              query: __type(name: "Query") { fields { name args { name } allArgs: args(includeDeprecated: true) { name } } }
            }
            """)));
        var json = ExecutionResultWriter.ToJson(result);

        Assert.Contains("""{"name":"minPrice","isDeprecated":true,"deprecationReason":"Use priceRange."}""", json, StringComparison.Ordinal);
        Assert.Contains("""
            "current":[{"name":"text"},{"name":"limit"},{"name":"brandIds"},{"name":"sort"},{"name":"priceRange"}]
            """, json, StringComparison.Ordinal);
        Assert.Contains("""{"name":"products","args":[{"name":"filter"}],"allArgs":[{"name":"filter"},{"name":"first"}]}""", json, StringComparison.Ordinal);
    }
}
