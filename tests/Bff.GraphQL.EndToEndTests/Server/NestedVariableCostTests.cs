using System.Net;
using System.Text;
using Bff.GraphQL.EndToEndTests.TestSupport;
using Microsoft.Extensions.Hosting;

namespace Bff.GraphQL.EndToEndTests.Server;

/// <summary>A list size inside an input object or a list of them is measured from the request's coerced values too.</summary>
public sealed class NestedVariableCostTests : IAsyncLifetime
{
    private const string Sdl = """
        input Page { first: Int }
        type Product { id: ID name: String }
        type Query { products(page: Page, pages: [Page!]): [Product!]! }
        """;

    private MinimalGraphQLHost host = null!;

    public async Task InitializeAsync() => host = await MinimalGraphQLHost.StartAsync(Environments.Production, server => server
        .AddDocumentFromString(Sdl)
        .AddResolver("Query", "products", _ => Array.Empty<string>())
        .AddResolver("Product", "id", ctx => ctx.Parent)
        .AddResolver("Product", "name", ctx => ctx.Parent)
        .ModifyServerOptions(o => o.Validation = o.Validation with { MaxCost = 50 }));

    // products costs 1 and its two fields 2 per expected item: 10 items → 21, 40 items → 81.
    [Theory]
    [InlineData("query($p: Page) { products(page: $p) { id name } }", """{"p":{"first":40.0}}""")]
    [InlineData("query($n: Int) { products(page: {first: $n}) { id name } }", """{"n":4e1}""")]
    [InlineData("query($ps: [Page!]) { products(pages: $ps) { id name } }", """{"ps":[{"first":1},{"first":40.0}]}""")]
    [InlineData("query($n: Int) { products(pages: [{first: 1}, {first: $n}]) { id name } }", """{"n":40}""")]
    public async Task ASizeInsideAnInputObjectOrAListIsMeasuredAtItsCoercedValue(string query, string variables)
    {
        var (status, body) = await PostAsync(query, variables);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("MAX_COST_EXCEEDED", body, StringComparison.Ordinal);
        Assert.DoesNotContain("\"data\"", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("query($p: Page) { products(page: $p) { id name } }", """{"p":{"first":10.0}}""")]
    [InlineData("query($ps: [Page!]) { products(pages: $ps) { id name } }", """{"ps":[{"first":2},{"first":1e1}]}""")]
    public async Task ACheapSizeInsideAnInputObjectRuns(string query, string variables)
    {
        var (status, body) = await PostAsync(query, variables);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("""{"data":{"products":[]}}""", body);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    private async Task<(HttpStatusCode, string)> PostAsync(string query, string variables)
    {
        using var content = new StringContent($$"""{"query":"{{query}}","variables":{{variables}}}""", Encoding.UTF8, "application/json");
        using var response = await host.Client.PostAsync("/graphql", content);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
