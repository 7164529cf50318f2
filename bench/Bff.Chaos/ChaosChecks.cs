using Bff.Chaos.Load;
using Bff.Chaos.Results;
using Bff.Chaos.Stack;

namespace Bff.Chaos;

/// <summary>The verdicts of a run, from its samples: each check names what must hold and shows the figures.</summary>
internal static partial class ChaosChecks
{
    public const string NoFailure = "every request answered: no 5xx, no error other than a backend's, no timeout";
    public const string SteadyNoFailure = "steady: no failed request with pricing failing and reviews hanging";
    public const string SteadyFlagged = "steady: the faulty backends' fields are flagged (errors naming pricing and reviews, nothing else)";
    public const string SteadyDeadline = "steady: latency bounded by the request budget";
    public const string Memory = "memory: RSS bounded and flat under steady load";
    public const string Redis = "redis: stopped (SIGTERM, then SIGKILL) and restarted with no failed request";
    public const string OutageDegrades = "inventory down: its fields degrade, nothing fails";
    public const string CircuitOpens = "inventory down: its circuit opens (CIRCUIT_OPEN)";
    public const string CircuitCloses = "recovery: the circuit closes (no inventory error at the end)";
    public const string HostileLoad = "hostile: no failed load request while the corpus is sent";
    public const string Alive = "both BFFs alive at the end (process running, /health/live 200)";

    private static readonly string[] SteadyBackends = ["pricing", "reviews"];

    public static ChaosResult Evaluate(
        ChaosOptions options, BffTarget[] bffs, List<PhaseWindow> phases, List<Sample> samples, List<RssSample> rss,
        List<(TimeSpan, string)> events, List<Check> extra, TimeSpan duration)
    {
        var stats = new List<PhaseStats>();
        foreach (var phase in phases)
        {
            stats.AddRange(bffs.Select(b => PhaseStats.Of(phase.Name, b.Name, In(samples, phase, b.Name))));
        }

        stats.AddRange(bffs.Select(b => PhaseStats.Of("all", b.Name, [.. samples.Where(s => s.Bff == b.Name)])));
        var window = phases.ToDictionary(p => p.Name);
        var checks = new List<Check>
        {
            Failures(NoFailure, samples),
            Failures(SteadyNoFailure, [.. samples.Where(s => window["steady"].Contains(s.At))]),
            PerBff(SteadyFlagged, bffs, b => Flagged(In(samples, window["steady"], b.Name))),
            PerBff(SteadyDeadline, bffs, b => Deadline(In(samples, window["steady"], b.Name), b.Budget + options.DeadlineSlack)),
            PerBff(Memory, bffs, b => MemoryOf([.. rss.Where(r => r.Bff == b.Name)], window["steady"], options.RssLimitBytes)),
            RedisCheck(samples, window["redis"], events),
            PerBff(OutageDegrades, bffs, b => Degrades(In(samples, window["inventory down"], b.Name))),
            PerBff(CircuitOpens, bffs, b => Opens(In(samples, window["inventory down"], b.Name))),
            PerBff(CircuitCloses, bffs, b => Closes(In(samples, window["recovery"], b.Name), window["recovery"], options.RecoveredWindow)),
            Failures(HostileLoad, [.. samples.Where(s => window["hostile"].Contains(s.At))]),
        };
        checks.AddRange(extra);
        var failures = samples.Where(s => s.Outcome == Outcome.Failed).Take(20).ToList();
        return new ChaosResult(options, phases, stats, checks, rss, events, failures, duration);
    }

    private static List<Sample> In(List<Sample> samples, PhaseWindow phase, string bff) =>
        [.. samples.Where(s => s.Bff == bff && phase.Contains(s.At))];

    private static Check Failures(string name, List<Sample> samples)
    {
        var failed = samples.Where(s => s.Outcome == Outcome.Failed).ToList();
        var byBff = samples.GroupBy(s => s.Bff).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key} {g.Count(s => s.Outcome == Outcome.Failed)} failed of {g.Count()}");
        var first = failed.Count > 0 ? $"; first: {failed[0].Bff} {failed[0].Screen} at {failed[0].At.TotalSeconds:0.0} s: {failed[0].Detail}" : "";
        return new Check(name, samples.Count > 0 && failed.Count == 0, string.Join(", ", byBff) + first);
    }

    // A check that holds when it holds for each BFF; the detail shows each one's figures.
    private static Check PerBff(string name, BffTarget[] bffs, Func<BffTarget, (bool Passed, string Detail)> check)
    {
        var each = bffs.Select(b => (b.Name, Result: check(b))).ToList();
        return new Check(name, each.All(e => e.Result.Passed), string.Join("; ", each.Select(e => $"{e.Name}: {e.Result.Detail}")));
    }
}
