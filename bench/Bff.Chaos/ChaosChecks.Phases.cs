using System.Globalization;
using Bff.Chaos.Load;
using Bff.Chaos.Results;
using Bff.Chaos.Stack;

namespace Bff.Chaos;

/// <summary>The checks of each phase.</summary>
internal static partial class ChaosChecks
{
    private const string Inventory = "inventory";
    private const double MiB = 1024 * 1024;

    // Degraded answers exist, every error names a faulty backend, and both faulty backends are named.
    private static (bool, string) Flagged(List<Sample> steady)
    {
        var degraded = steady.Count(s => s.Outcome == Outcome.Degraded);
        var named = steady.SelectMany(s => s.Errors).Select(e => e.Split('@')[1]).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var passed = degraded > 0 && named.All(SteadyBackends.Contains) && SteadyBackends.All(named.Contains);
        return (passed, $"{degraded} of {steady.Count} degraded, errors name {(named.Count == 0 ? "nothing" : string.Join(", ", named))}");
    }

    private static (bool, string) Deadline(List<Sample> steady, TimeSpan bound)
    {
        // A request with no answer at all counts with the client's wait, which is longer than the bound.
        var max = steady.Count > 0 ? steady.Max(s => s.Latency) : TimeSpan.Zero;
        return (steady.Count > 0 && max <= bound, $"slowest {Ms(max)} (bound {Ms(bound)})");
    }

    // Bounded: never above the limit. Flat: the second half of the steady phase peaks at most a quarter (+32 MB) above
    // the first half's peak, which has the warm-up's growth behind it.
    private static (bool, string) MemoryOf(List<RssSample> samples, PhaseWindow steady, long limit)
    {
        var peak = samples.Count > 0 ? samples.Max(s => s.Bytes) : 0;
        var middle = steady.Start + ((steady.End - steady.Start) / 2);
        var first = samples.Where(s => s.At >= steady.Start && s.At < middle).Select(s => s.Bytes).DefaultIfEmpty(0).Max();
        var second = samples.Where(s => s.At >= middle && s.At < steady.End).Select(s => s.Bytes).DefaultIfEmpty(0).Max();
        var passed = samples.Count > 0 && peak <= limit && first > 0 && second > 0 && second <= (first * 1.25) + (32 * MiB);
        return (passed, $"peak {peak / MiB:0} MB (limit {limit / MiB:0}), steady first half peak {first / MiB:0} MB, second half {second / MiB:0} MB");
    }

    private static Check RedisCheck(List<Sample> samples, PhaseWindow phase, List<(TimeSpan At, string What)> events)
    {
        var failures = Failures(Redis, [.. samples.Where(s => phase.Contains(s.At))]);
        var stops = events.Where(e => e.What.StartsWith("Redis SIG", StringComparison.Ordinal)).ToList();
        var restarts = events.Where(e => e.What.StartsWith("Redis restarted", StringComparison.Ordinal)).ToList();
        var down = stops.Zip(restarts, (s, r) => samples.Count(x => x.At >= s.At && x.At < r.At)).ToList();
        var passed = failures.Passed && stops.Count == 2 && restarts.Count == 2 && down.All(n => n > 0);
        return new Check(Redis, passed, $"{failures.Detail}; sent while Redis was down: {string.Join(" and ", down)}");
    }

    private static (bool, string) Degrades(List<Sample> down)
    {
        var named = down.Count(s => s.HasError(Inventory));
        var failed = down.Count(s => s.Outcome == Outcome.Failed);
        return (named > 0 && failed == 0, $"{named} of {down.Count} answers flag inventory's fields, {failed} failed");
    }

    private static (bool, string) Opens(List<Sample> down)
    {
        var open = down.Where(s => s.HasError(Inventory, "CIRCUIT_OPEN")).ToList();
        return (open.Count > 0, open.Count > 0
            ? $"first CIRCUIT_OPEN at {Seconds(open[0].At)}, {open.Count} answers with it"
            : "no CIRCUIT_OPEN from inventory");
    }

    private static (bool, string) Closes(List<Sample> recovery, PhaseWindow phase, TimeSpan quiet)
    {
        var last = recovery.LastOrDefault(s => s.HasError(Inventory));
        var end = recovery.Where(s => s.At >= phase.End - quiet).ToList();
        var clean = end.Count(s => !s.HasError(Inventory) && s.Outcome != Outcome.Failed);
        var lastError = last is null ? "no inventory error after it came back" : $"last inventory error {Seconds(last.At - phase.Start)} after it came back";
        return (end.Count >= 5 && clean == end.Count, $"{lastError}; last {quiet.TotalSeconds:0} s: {clean} of {end.Count} answers without one");
    }

    public static async Task<Check> AliveAsync(BffTarget[] bffs)
    {
        var problems = new List<string>();
        foreach (var bff in bffs)
        {
            try
            {
                await AssertAliveAsync(bff);
            }
            catch (InvalidOperationException e)
            {
                problems.Add(e.Message);
            }
        }

        return new Check(Alive, problems.Count == 0, problems.Count == 0 ? string.Join(", ", bffs.Select(b => $"{b.Name} pid {b.Process.Id}")) : string.Join("; ", problems));
    }

    /// <summary>Throws unless the BFF's process still runs and its liveness probe answers 200.</summary>
    public static async Task AssertAliveAsync(BffTarget bff)
    {
        if (bff.Process.HasExited)
        {
            throw new InvalidOperationException($"{bff.Name} exited with code {bff.Process.ExitCode}");
        }

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        try
        {
            using var response = await http.GetAsync(new Uri(bff.Url, "/health/live"));
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"{bff.Name} /health/live answered {(int)response.StatusCode}");
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            throw new InvalidOperationException($"{bff.Name} /health/live did not answer: {e.Message}", e);
        }
    }

    private static string Ms(TimeSpan t) => $"{t.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms";

    private static string Seconds(TimeSpan t) => $"{t.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s";
}
