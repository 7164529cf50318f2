using System.Net;
using Bff.Mobile.Tests.Support;
using Xunit.Abstractions;

namespace Bff.Mobile.Tests.Hostile;

/// <summary>
/// The engine's hostile corpus (tests/Bff.Testing/Hostile) and the mobile schema's own cost bombs against the mobile
/// BFF, in Development (any document runs) and in Production (only persisted operations): every request a GraphQL
/// error or a 4xx, no 5xx, no stack trace, and the product screen still works afterwards.
/// </summary>
[Collection(MobileCollection.Name)]
public sealed class HostileInputTests(DemoBackendsProcess demo, RedisFixture redis, ITestOutputHelper output)
{
    /// <summary>Cheap to send, costly to run were they not measured first: nested lists of the mobile schema.</summary>
    private static readonly HostileRequest[] CostBombs =
    [
        HostileCorpus.Query("products × similar × similar × top reviews", () =>
            "{ products(ids: [\"1\", \"2\", \"3\"]) { similar(first: 20) { product { similar(first: 20) { product { topReviews { id body } available } } } } } }"),
        HostileCorpus.Query("home × similar × similar", () =>
            "{ home { featured { similar(first: 20) { product { similar(first: 20) { product { imageUrl(width: 4000) summary } } } } } } }"),
        HostileCorpus.Query("similar nested 12 deep", () =>
            "{ product(id: \"1\") { " + HostileDocuments.Repeat("similar(first: 20) { product { ", 12) + "id" + HostileDocuments.Repeat(" } }", 12) + " } }"),
    ];

    [Fact]
    public async Task InDevelopmentEveryHostileRequestIsAnsweredWithAGraphQLErrorOrA4xx()
    {
        using var host = new MobileHost(demo, redis);
        var answers = await HostileSuite.AssertAnsweredCleanlyAsync(
            host.Http, [.. HostileCorpus.Requests, .. CostBombs], () => MobileSuiteHost.AssertHealthyAsync(host));

        Log(answers);
        var withData = answers.Where(a => a.Status == HttpStatusCode.OK && !a.Body.Contains("\"errors\"", StringComparison.Ordinal));
        Assert.Equal(["fragment fan-out of 2^40"], withData.Select(a => a.Name));
    }

    [Fact]
    public async Task TheCostBombsAreRefusedBeforeAnyBackendIsCalled()
    {
        using var host = new MobileHost(demo, redis);
        var answers = await HostileSuite.AssertAnsweredCleanlyAsync(host.Http, CostBombs, () => Task.CompletedTask);

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.BadRequest, a.Status));
        Assert.Empty(host.Calls.Calls);
        await MobileSuiteHost.AssertHealthyAsync(host);
    }

    [Fact]
    public async Task InProductionEveryHostileRequestIsAnsweredWithAGraphQLErrorOrA4xx()
    {
        using var host = new MobileHost(demo, redis, "Production");
        var answers = await HostileSuite.AssertAnsweredCleanlyAsync(
            host.Http, [.. HostileCorpus.Requests, .. CostBombs], () => MobileSuiteHost.AssertHealthyAsync(host));

        Log(answers);
        // Not even the fan-out: an arbitrary document does not run.
        Assert.DoesNotContain(answers, a => a.Status == HttpStatusCode.OK && !a.Body.Contains("\"errors\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task InProductionADocumentThatIsNotPersistedIsRefusedBeforeItIsParsed()
    {
        using var host = new MobileHost(demo, redis, "Production");
        // Documents under the body limit that would cost the parser or the validator: refused on their text alone, so
        // the answer is the allow-list's and not a syntax or validation error.
        HostileRequest[] documents =
        [
            .. HostileCorpus.Requests.Where(r => r.Name is "selection sets nested 100,000 deep" or "2,000 aliases"
                or "fragment fan-out of 2^40" or "fragment cycle" or "introspection 60 ofType deep"
                or "200 whole-schema introspections" or "1,000 unused variables" or "a variable type of lists 1,000 deep"),
            .. CostBombs,
        ];
        var answers = await HostileSuite.AssertAnsweredCleanlyAsync(host.Http, documents, () => MobileSuiteHost.AssertHealthyAsync(host));

        Assert.Equal(11, answers.Count);
        Assert.All(answers, a => Assert.Equal("PERSISTED_OPERATION_REQUIRED", a.FirstErrorCode));
        Assert.All(answers, a => Assert.DoesNotContain("Syntax Error", a.Body, StringComparison.Ordinal));
    }

    private void Log(IEnumerable<HostileAnswer> answers)
    {
        foreach (var answer in answers)
        {
            output.WriteLine($"{answer.Name}: {answer}");
        }
    }
}
