using Bff.Mobile.Tests.Support;

namespace Bff.Mobile.Tests.Audit;

/// <summary>
/// graphql-http's server audits (GraphQL over HTTP) against the mobile BFF's /graphql, the engine's audit suite. In
/// Development: the audits send ad-hoc documents, which Production refuses by design (only persisted operations run,
/// see Hostile/ for that mode).
/// </summary>
[Collection(MobileCollection.Name)]
public sealed class GraphQLHttpAuditTests(DemoBackendsProcess demo, RedisFixture redis)
{
    /// <summary>The audits the mobile BFF does not pass, each with why; none of them is a MUST.</summary>
    private static readonly Dictionary<string, string> NotPassed = new(StringComparer.Ordinal);

    [Fact]
    public async Task EveryMustAuditOfGraphQLHttpPasses()
    {
        using var host = new MobileHost(demo, redis);
        var results = await GraphQLHttpAudit.RunAsync(MobileSuiteHost.Endpoint(host));

        Assert.True(results.Count >= 50, $"graphql-http ran only {results.Count} audits.");
        var failed = results.Where(r => r.Level == "MUST" && !r.Passed).ToList();
        Assert.True(failed.Count == 0, "Failed MUST audits:\n" + string.Join('\n', failed));
    }

    [Fact]
    public async Task TheShouldAndMayAuditsNotPassedAreExactlyTheKnownOnes()
    {
        using var host = new MobileHost(demo, redis);
        var results = await GraphQLHttpAudit.RunAsync(MobileSuiteHost.Endpoint(host));

        var notPassed = results.Where(r => !r.Passed).ToList();
        Assert.True(
            notPassed.Select(r => r.Id).Order(StringComparer.Ordinal).SequenceEqual(NotPassed.Keys.Order(StringComparer.Ordinal)),
            "Not passed:\n" + string.Join('\n', notPassed) + "\nKnown: " + string.Join(", ", NotPassed.Keys));
        await MobileSuiteHost.AssertHealthyAsync(host);
    }
}
