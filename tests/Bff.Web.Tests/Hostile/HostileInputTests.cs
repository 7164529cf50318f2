using System.Net;
using Bff.Web.Tests.Support;
using Xunit.Abstractions;

namespace Bff.Web.Tests.Hostile;

/// <summary>
/// The engine's hostile corpus (tests/Bff.Testing/Hostile) and the web schema's own cost bombs against the web BFF:
/// every request a GraphQL error or a 4xx, no 5xx, no stack trace, and a product query still works afterwards.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class HostileInputTests(DemoBackendsProcess demo, RedisFixture redis, ITestOutputHelper output)
{
    /// <summary>Cheap to send, costly to run were they not measured first: nested lists of the web schema.</summary>
    private static readonly HostileRequest[] CostBombs =
    [
        HostileCorpus.Query("search × recommendations × recommendations × reviews", () =>
            "{ search(first: 100) { edges { node { recommendations(first: 20) { product { recommendations(first: 20) { product { reviews(first: 20) { items { id body } } } } } } } } } }"),
        HostileCorpus.Query("product pages nested 12 deep", () =>
            "{ productPage(id: \"1\") { " + HostileDocuments.Repeat("recommendations(first: 20) { product { ", 12) + "id" + HostileDocuments.Repeat(" } }", 12) + " } }"),
        // 100 keys are 100 products, not the default list size of 10: 100 × 20 recommendations × their reviews.
        HostileCorpus.Query("100 ids × recommendations × reviews", () =>
            "{ products(ids: [" + string.Join(", ", Enumerable.Range(1, 100).Select(i => $"\"{i}\"")) + "]) { recommendations(first: 20) { product { reviews(first: 20) { items { id body } } } } } }"),
    ];

    [Fact]
    public async Task EveryHostileRequestIsAnsweredWithAGraphQLErrorOrA4xxAndTheBffStillServes()
    {
        using var bff = WebSuiteHost.Start(demo, redis);
        var answers = await HostileSuite.AssertAnsweredCleanlyAsync(
            bff.Http, [.. HostileCorpus.Requests, .. CostBombs], () => WebSuiteHost.AssertHealthyAsync(bff));

        foreach (var answer in answers)
        {
            output.WriteLine($"{answer.Name}: {answer}");
        }

        var withData = answers.Where(a => a.Status == HttpStatusCode.OK && !a.Body.Contains("\"errors\"", StringComparison.Ordinal));
        Assert.Equal(["fragment fan-out of 2^40"], withData.Select(a => a.Name));
    }

    [Fact]
    public async Task TheCostBombsAreRefusedBeforeAnyBackendIsCalled()
    {
        using var bff = WebSuiteHost.Start(demo, redis);
        var answers = await HostileSuite.AssertAnsweredCleanlyAsync(bff.Http, CostBombs, () => Task.CompletedTask);

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.BadRequest, a.Status));
        Assert.Empty(bff.Calls.Calls);
        await WebSuiteHost.AssertHealthyAsync(bff);
    }
}
