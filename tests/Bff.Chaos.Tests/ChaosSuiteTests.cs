using Bff.Chaos.Results;
using Bff.Chaos.Tests.Support;

namespace Bff.Chaos.Tests;

/// <summary>
/// The short profile of the load and chaos suite, judged on the runner's result: its figures per phase and BFF, and
/// each of its checks.
/// </summary>
public sealed class ChaosSuiteTests(ShortChaosRun run) : IClassFixture<ShortChaosRun>
{
    private static readonly string[] Bffs = ["bff-mobile", "bff-web"];

    private ChaosResult Result => run.Result;

    [Fact]
    public void EveryRequestOfTheRunIsAnsweredAndNoneFails()
    {
        foreach (var bff in Bffs)
        {
            var total = Result.Total(bff);
            Assert.True(total.Sent >= 500, $"{bff} sent only {total.Sent}");
            Assert.Equal(total.Sent, total.Ok + total.Degraded + total.Failed);
            Assert.True(total.Failed == 0, Explain($"{bff}: {total.Failed} failed"));
        }

        Assert.Empty(Result.Failures);
        AssertPassed("every request answered: no 5xx, no error other than a backend's, no timeout");
    }

    [Fact]
    public void UnderAFailingAndAHangingBackendTheirFieldsAreFlaggedAndAnswersStayWithinTheBudget()
    {
        foreach (var bff in Bffs)
        {
            var steady = Result.Of("steady", bff);
            Assert.Equal(0, steady.Failed);
            Assert.True(steady.Degraded > 0, Explain($"{bff}: nothing degraded in the steady phase"));
            Assert.Equal(["pricing", "reviews"], steady.ErrorsByBackend.Keys.Order(StringComparer.Ordinal));
            // The hung backend's circuit opens, so most answers do not wait for the deadline at all.
            Assert.True(steady.ErrorsByBackend["reviews"].ContainsKey("CIRCUIT_OPEN"), Explain($"{bff}: reviews' circuit never opened"));
            Assert.True(steady.P50 < TimeSpan.FromSeconds(2), Explain($"{bff}: steady p50 {steady.P50}"));
        }

        AssertPassed("steady: no failed request with pricing failing and reviews hanging");
        AssertPassed("steady: the faulty backends' fields are flagged (errors naming pricing and reviews, nothing else)");
        AssertPassed("steady: latency bounded by the request budget");
    }

    [Fact]
    public void RedisStoppedTwiceAndRestartedMidRunFailsNoRequest()
    {
        Assert.Contains(Result.Events, e => e.What == "Redis SIGTERM");
        Assert.Contains(Result.Events, e => e.What == "Redis SIGKILL");
        Assert.Equal(2, Result.Events.Count(e => e.What.StartsWith("Redis restarted", StringComparison.Ordinal)));
        foreach (var bff in Bffs)
        {
            var redis = Result.Of("redis", bff);
            Assert.True(redis.Sent > 0 && redis.Failed == 0, Explain($"{bff}: {redis.Failed} of {redis.Sent} failed"));
        }

        AssertPassed("redis: stopped (SIGTERM, then SIGKILL) and restarted with no failed request");
    }

    [Fact]
    public void ABackendTakenDownOpensItsCircuitDegradesItsFieldsAndClosesAfterItIsBack()
    {
        foreach (var bff in Bffs)
        {
            var down = Result.Of("inventory down", bff);
            Assert.Equal(0, down.Failed);
            Assert.True(down.ErrorsByBackend.TryGetValue("inventory", out var codes) && codes.ContainsKey("CIRCUIT_OPEN"), Explain($"{bff}: no CIRCUIT_OPEN"));
            Assert.Equal(0, Result.Of("recovery", bff).Failed);
        }

        AssertPassed("inventory down: its fields degrade, nothing fails");
        AssertPassed("inventory down: its circuit opens (CIRCUIT_OPEN)");
        AssertPassed("recovery: the circuit closes (no inventory error at the end)");
    }

    [Fact]
    public void TheHostileCorpusUnderLoadIsAnsweredWithClearErrorsByBothBffs()
    {
        foreach (var bff in Bffs)
        {
            AssertPassed($"hostile: {bff} answers every hostile request with a clear error and stays up");
            Assert.True(Result.Of("hostile", bff).Sent > 0, "no load during the hostile phase");
        }

        AssertPassed("hostile: no failed load request while the corpus is sent");
    }

    [Fact]
    public void BothBffsStayUpWithTheirMemoryBoundedAndSampledThroughTheRun()
    {
        AssertPassed("both BFFs alive at the end (process running, /health/live 200)");
        AssertPassed("memory: RSS bounded and flat under steady load");
        foreach (var bff in Bffs)
        {
            var samples = Result.Rss.Where(r => r.Bff == bff).ToList();
            Assert.True(samples.Count >= 10, $"{bff}: {samples.Count} RSS samples");
            Assert.All(samples, s => Assert.InRange(s.Bytes, 10L * 1024 * 1024, Result.Options.RssLimitBytes));
        }
    }

    [Fact]
    public void TheReportShowsRequestsFailuresDegradedP99AndRssOverTime()
    {
        var report = MarkdownReport.Write(Result, "tests/Bff.Chaos.Tests", "test");

        Assert.StartsWith("# Load and chaos suite (short profile): PASSED", report, StringComparison.Ordinal);
        Assert.Contains("| phase | BFF | sent | ok | degraded (stale) | failed | p50 | p99 | max |", report, StringComparison.Ordinal);
        Assert.Contains("## RSS over time", report, StringComparison.Ordinal);
        var mobile = Result.Total("bff-mobile");
        Assert.Contains($"| **all** | bff-mobile | {mobile.Sent} | {mobile.Ok} | {mobile.Degraded} ({mobile.Stale}) | 0 | {mobile.P50.TotalMilliseconds:0} ms | {mobile.P99.TotalMilliseconds:0} ms |", report, StringComparison.Ordinal);
        Assert.DoesNotContain("**FAIL**", report, StringComparison.Ordinal);
    }

    private void AssertPassed(string check)
    {
        var found = Result.CheckNamed(check);
        Assert.True(found.Passed, Explain($"{check}: {found.Detail}"));
    }

    private string Explain(string what) => $"{what}\nlogs: {run.Logs}\n{run.Progress}";
}
