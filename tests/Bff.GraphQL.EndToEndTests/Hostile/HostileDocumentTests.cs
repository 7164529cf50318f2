using System.Net;
using System.Text;
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
        var response = await PostQueryAsync(Repeat("{a", 100_000));

        AssertRequestError(response, "Syntax Error: Document exceeds the maximum nesting depth of 64.");
        await client.AssertHealthyAsync();
    }

    [Fact]
    public async Task TwentyThousandAliasesAreRefused()
    {
        var query = "{ " + string.Join(' ', Enumerable.Range(0, 20_000).Select(i => $"a{i}: __typename")) + " }";
        var response = await PostQueryAsync(query);

        AssertRequestError(response, "Syntax Error: Document contains more than 15000 tokens.");
        await client.AssertHealthyAsync();
    }

    [Fact]
    public async Task AliasesBelowTheTokenLimitStillHitTheAliasLimit()
    {
        var query = "{ " + string.Join(' ', Enumerable.Range(0, 2_000).Select(i => $"a{i}: __typename")) + " }";
        var response = await PostQueryAsync(query);

        AssertRequestError(response, "alias");
        await client.AssertHealthyAsync();
    }

    [Fact]
    public async Task FragmentFanOutOfTwoToTheFortyIsMeasuredOnceAndAnsweredQuickly()
    {
        var fragments = Enumerable.Range(0, 40).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}");
        var query = "query { ...F0 } " + string.Join(' ', fragments) + " fragment F40 on Query { __typename }";
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var response = await PostQueryAsync(query);

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
        Assert.True(response.Status == HttpStatusCode.OK, response.ToString());
        Assert.Equal("Query", response.Data.GetProperty("__typename").GetString());
        await client.AssertHealthyAsync();
    }

    [Fact]
    public async Task FragmentCyclesAreValidationErrors()
    {
        var response = await PostQueryAsync("query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }");

        AssertRequestError(response, "Cannot spread fragment \"A\" within itself via \"B\".");
        await client.AssertHealthyAsync();
    }

    [Fact]
    public async Task TenMegabyteStringLiteralHitsTheParserSizeLimit()
    {
        var response = await PostQueryAsync("{ slowEcho(message: \"" + new string('x', 10 * 1024 * 1024) + "\") }");

        AssertRequestError(response, "Syntax Error: Document exceeds");
        await client.AssertHealthyAsync();
    }

    [Fact]
    public async Task FiftyThousandOperationsHitTheParserSizeLimit()
    {
        var response = await PostQueryAsync(string.Join(' ', Enumerable.Range(0, 50_000).Select(i => $"query Q{i} {{ __typename }}")));

        AssertRequestError(response, "Syntax Error: Document exceeds");
        await client.AssertHealthyAsync();
    }

    private Task<GraphQLHttpResponse> PostQueryAsync(string query) => client.PostGraphQLAsync(new { query });

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    private static void AssertRequestError(GraphQLHttpResponse response, string message)
    {
        Assert.True(response.Status == HttpStatusCode.BadRequest, response.ToString());
        Assert.False(response.HasData);
        Assert.True(response.ErrorMessages.Any(m => m.Contains(message, StringComparison.Ordinal)), response.ToString());
        Assert.DoesNotContain("   at ", response.Body, StringComparison.Ordinal);
    }
}
