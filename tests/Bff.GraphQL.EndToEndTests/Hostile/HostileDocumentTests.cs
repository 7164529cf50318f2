using System.Net;
using Bff.GraphQL.EndToEndTests.TestSupport;

namespace Bff.GraphQL.EndToEndTests.Hostile;

/// <summary>
/// Documents built to exhaust the parser, the validator or the executor. Each is answered with a clear GraphQL error
/// (never a crash or a stack trace) and the server answers a normal query right after.
/// </summary>
public sealed class HostileDocumentTests(LargeBodyGraphQLServer fixture) : IClassFixture<LargeBodyGraphQLServer>
{
    private readonly HttpClient client = fixture.Server.Client;

    [Fact]
    public async Task HundredThousandNestedSelectionSetsHitTheParserDepthLimit()
    {
        var response = await PostQueryAsync(HostileDocuments.NestedSelections(100_000));

        AssertRequestError(response, "Syntax Error: Document exceeds the maximum nesting depth of 64.");
        await client.AssertHealthyAsync();
    }

    [Fact]
    public async Task TwentyThousandAliasesAreRefused()
    {
        var response = await PostQueryAsync(HostileDocuments.Aliases(20_000));

        AssertRequestError(response, "Syntax Error: Document contains more than 15000 tokens.");
        await client.AssertHealthyAsync();
    }

    [Fact]
    public async Task AliasesBelowTheTokenLimitStillHitTheAliasLimit()
    {
        var response = await PostQueryAsync(HostileDocuments.Aliases(2_000));

        AssertRequestError(response, "alias");
        await client.AssertHealthyAsync();
    }

    [Fact]
    public async Task FragmentFanOutOfTwoToTheFortyIsMeasuredOnceAndAnsweredQuickly()
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var response = await PostQueryAsync(HostileDocuments.FragmentFanOut(40));

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
        Assert.True(response.Status == HttpStatusCode.OK, response.ToString());
        Assert.Equal("Query", response.Data.GetProperty("__typename").GetString());
        await client.AssertHealthyAsync();
    }

    [Fact]
    public async Task FragmentCyclesAreValidationErrors()
    {
        var response = await PostQueryAsync(HostileDocuments.FragmentCycle);

        AssertRequestError(response, "Cannot spread fragment \"A\" within itself via \"B\".");
        await client.AssertHealthyAsync();
    }

    [Fact]
    public async Task TenMegabyteStringLiteralHitsTheParserSizeLimit()
    {
        var response = await PostQueryAsync(HostileDocuments.StringLiteral(10 * 1024 * 1024, "slowEcho"));

        AssertRequestError(response, "Syntax Error: Document exceeds");
        await client.AssertHealthyAsync();
    }

    [Fact]
    public async Task FiftyThousandOperationsHitTheParserSizeLimit()
    {
        var response = await PostQueryAsync(HostileDocuments.Operations(50_000));

        AssertRequestError(response, "Syntax Error: Document exceeds");
        await client.AssertHealthyAsync();
    }

    private Task<GraphQLHttpResponse> PostQueryAsync(string query) => client.PostGraphQLAsync(new { query });

    private static void AssertRequestError(GraphQLHttpResponse response, string message)
    {
        Assert.True(response.Status == HttpStatusCode.BadRequest, response.ToString());
        Assert.False(response.HasData);
        Assert.True(response.ErrorMessages.Any(m => m.Contains(message, StringComparison.Ordinal)), response.ToString());
        Assert.DoesNotContain("   at ", response.Body, StringComparison.Ordinal);
    }
}
