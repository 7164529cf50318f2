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

    [Theory]
    [InlineData("40.0")]
    [InlineData("4e1")]
    [InlineData("40E0")]
    [InlineData("100000.0")]
    public async Task CostLimitMeasuresDecimalSpellingsOfIntVariables(string spelling)
    {
        var response = await server.Client.PostRawAsync(Body(spelling));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.False(response.HasData);
        Assert.Equal("MAX_COST_EXCEEDED", response.FirstErrorCode);
    }

    [Fact]
    public async Task ADecimalSpellingOfACheapSizeStillRuns()
    {
        var response = await server.Client.PostRawAsync(Body("1e1"));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.InRange(response.Data.GetProperty("products").GetArrayLength(), 1, 10);
    }

    [Fact]
    public async Task TheSameDocumentWithoutVariablesIsCostedAtTheDefault()
    {
        var response = await server.Client.PostGraphQLAsync(new { query = Query });

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.True(response.HasData);
    }

    // The number exactly as the client spelled it: a serializer would normalise 40.0 to 40.
    private static byte[] Body(string n) =>
        System.Text.Encoding.UTF8.GetBytes("{\"query\":\"" + Query + "\",\"variables\":{\"n\":" + n + "}}");

    public void Dispose() => server.Dispose();
}
