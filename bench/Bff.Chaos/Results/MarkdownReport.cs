using System.Globalization;
using System.Text;

namespace Bff.Chaos.Results;

/// <summary>The run as markdown: verdicts, requests per phase, RSS over time, what was done when, the first failures.</summary>
public static class MarkdownReport
{
    private const double MiB = 1024 * 1024;

    /// <summary>The report of <paramref name="result"/>; <paramref name="command"/> is what reproduces it, <paramref name="machine"/> where it ran.</summary>
    public static string Write(ChaosResult result, string command, string machine)
    {
        ArgumentNullException.ThrowIfNull(result);
        var o = result.Options;
        var text = new StringBuilder();
        Line(text, $"# Load and chaos suite ({o.Profile} profile): {(result.Passed ? "PASSED" : "FAILED")}");
        Line(text, "");
        Line(text, $"Command: `{command}`. Machine: {machine}. Run took {result.Duration.TotalSeconds:0} s, start-up included.");
        Line(text, "");
        Line(text, $"Load: open loop, {o.RatePerBff:0} requests/s to each BFF all run long (mobile: persisted ProductDetail 50 %, Search 30 %, signed-in Cart 20 % over GET; "
            + "web: productPage 50 %, search 30 %, signed-in cart 20 % by POST; products drawn from all 5,000). Both BFFs in Production, rate limiter off. "
            + $"Phases: warm-up {S(o.WarmUp)}; steady {S(o.Steady)} with pricing failing {o.PricingErrorRate:P0} of calls and reviews hanging on {o.ReviewsHangRate:P0}; "
            + $"Redis: {S(o.RedisUp)} up, SIGTERM, {S(o.RedisDown)} down, restart, {S(o.RedisUp)} up, SIGKILL, {S(o.RedisDown)} down, restart, {S(o.RedisUp)} up; "
            + $"inventory dropping every connection for {S(o.BackendDown)}, then {S(o.Recovery)} of recovery; then the hostile corpus to both BFFs under the same load.");
        Line(text, "");
        Line(text, "## Checks");
        Line(text, "");
        Line(text, "| check | verdict | figures |");
        Line(text, "| --- | --- | --- |");
        foreach (var check in result.Checks)
        {
            Line(text, $"| {check.Name} | {(check.Passed ? "pass" : "**FAIL**")} | {Cell(check.Detail)} |");
        }

        Requests(text, result);
        Rss(text, result);
        Line(text, "");
        Line(text, "## What was done when");
        Line(text, "");
        foreach (var (at, what) in result.Events)
        {
            Line(text, $"- {at.TotalSeconds:0.0} s: {what}");
        }

        if (result.Failures.Count > 0)
        {
            Line(text, "");
            Line(text, "## First failed requests");
            Line(text, "");
            foreach (var f in result.Failures)
            {
                Line(text, $"- {f.At.TotalSeconds:0.0} s {f.Bff} {f.Screen} after {f.Latency.TotalMilliseconds:0} ms: {Cell(f.Detail ?? "")}");
            }
        }

        return text.ToString();
    }

    private static void Requests(StringBuilder text, ChaosResult result)
    {
        Line(text, "");
        Line(text, "## Requests");
        Line(text, "");
        Line(text, "Degraded: a 200 with data whose errors all name a backend with BACKEND_UNAVAILABLE, BACKEND_TIMEOUT or CIRCUIT_OPEN and whose fields are null, or stale values listed in `extensions.stale`. Failed: anything else.");
        Line(text, "");
        Line(text, "| phase | BFF | sent | ok | degraded (stale) | failed | p50 | p99 | max | errors by backend (answers naming it) |");
        Line(text, "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        foreach (var s in result.Stats)
        {
            var errors = string.Join("; ", s.ErrorsByBackend.Select(b => $"{b.Key}: {string.Join(", ", b.Value.Select(c => $"{c.Key} {c.Value}"))}"));
            var phase = s.Phase == "all" ? "**all**" : s.Phase;
            Line(text, $"| {phase} | {s.Bff} | {s.Sent} | {s.Ok} | {s.Degraded} ({s.Stale}) | {s.Failed} | {Ms(s.P50)} | {Ms(s.P99)} | {Ms(s.Max)} | {errors} |");
        }
    }

    private static void Rss(StringBuilder text, ChaosResult result)
    {
        Line(text, "");
        Line(text, $"## RSS over time (every {S(result.Options.RssInterval)})");
        Line(text, "");
        var bffs = result.Rss.Select(r => r.Bff).Distinct().Order(StringComparer.Ordinal).ToList();
        Line(text, $"| t | phase | {string.Join(" | ", bffs.Select(b => b + " MB"))} |");
        Line(text, $"| ---: | --- | {string.Join(" | ", bffs.Select(_ => "---:"))} |");
        foreach (var tick in result.Rss.GroupBy(r => (int)Math.Round(r.At.TotalSeconds)).OrderBy(g => g.Key))
        {
            var values = bffs.Select(b => tick.FirstOrDefault(r => r.Bff == b) is { } r ? (r.Bytes / MiB).ToString("0", CultureInfo.InvariantCulture) : "");
            Line(text, $"| {tick.Key} s | {tick.First().Phase} | {string.Join(" | ", values)} |");
        }
    }

    private static string S(TimeSpan t) => $"{t.TotalSeconds:0} s";

    private static string Ms(TimeSpan t) => $"{t.TotalMilliseconds:0} ms";

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private static void Line(StringBuilder text, string line) => text.Append(line).Append('\n');
}
