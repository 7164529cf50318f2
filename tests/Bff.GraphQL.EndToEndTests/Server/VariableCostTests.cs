using System.Net;
using Bff.GraphQL.EndToEndTests.TestSupport;

namespace Bff.GraphQL.EndToEndTests.Server;

/// <summary>Validation is cached without variables; the cost limit must still see the real list sizes.</summary>
public sealed class VariableCostTests : IDisposable
{
    private const string Query = "query($n: Int) { products(first: $n) { id name } }";

    // products costs 1 and its two fields 2 per expected item: first: 10 → 21, first: 40 → 81.
    private readonly GraphQLTestServer server = new(options => options.Validation = options.Validation with { MaxCost = 50 });

    [Fact]
    public async Task AListSizeGivenByAVariableIsCostedAtItsValue()
    {
        var cheap = await server.Client.PostGraphQLAsync(new { query = Query, variables = new { n = 10 } });
        var costly = await server.Client.PostGraphQLAsync(new { query = Query, variables = new { n = 40 } });

        Assert.Equal(HttpStatusCode.OK, cheap.Status);
        Assert.InRange(cheap.Data.GetProperty("products").GetArrayLength(), 1, 10);
        Assert.Equal(HttpStatusCode.BadRequest, costly.Status);
        Assert.False(costly.HasData);
        Assert.Equal("MAX_COST_EXCEEDED", costly.FirstErrorCode);
    }

    [Fact]
    public async Task TheSameDocumentWithoutVariablesIsCostedAtTheDefault()
    {
        var response = await server.Client.PostGraphQLAsync(new { query = Query });

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.True(response.HasData);
    }

    public void Dispose() => server.Dispose();
}
