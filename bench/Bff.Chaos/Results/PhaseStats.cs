using Bff.Chaos.Load;

namespace Bff.Chaos.Results;

/// <summary>The figures of one BFF's requests in one phase.</summary>
/// <param name="Phase">The phase.</param>
/// <param name="Bff">The BFF.</param>
/// <param name="Sent">Requests sent.</param>
/// <param name="Ok">Answered in full.</param>
/// <param name="Degraded">Answered with backend errors or stale values flagged.</param>
/// <param name="Stale">Of the degraded, those with stale values listed.</param>
/// <param name="Failed">Not answered properly (see <see cref="Outcome.Failed"/>).</param>
/// <param name="P50">Median latency.</param>
/// <param name="P99">99th percentile latency.</param>
/// <param name="Max">Slowest answer.</param>
/// <param name="ErrorsByBackend">How many errors named each backend, e.g. <c>pricing: CIRCUIT_OPEN 120, BACKEND_UNAVAILABLE 3</c>.</param>
public sealed record PhaseStats(
    string Phase, string Bff, int Sent, int Ok, int Degraded, int Stale, int Failed, TimeSpan P50, TimeSpan P99, TimeSpan Max,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> ErrorsByBackend)
{
    /// <summary>The figures of <paramref name="samples"/> (one BFF's, one phase's).</summary>
    public static PhaseStats Of(string phase, string bff, IReadOnlyList<Sample> samples)
    {
        var latencies = samples.Select(s => s.Latency).Order().ToList();
        var errors = samples.SelectMany(s => s.Errors.Distinct())
            .Select(e => e.Split('@'))
            .GroupBy(e => e[1], StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyDictionary<string, int>)g.GroupBy(e => e[0], StringComparer.Ordinal).ToDictionary(c => c.Key, c => c.Count(), StringComparer.Ordinal),
                StringComparer.Ordinal);
        return new PhaseStats(
            phase, bff, samples.Count,
            samples.Count(s => s.Outcome == Outcome.Ok),
            samples.Count(s => s.Outcome == Outcome.Degraded),
            samples.Count(s => s.Outcome == Outcome.Degraded && s.Stale),
            samples.Count(s => s.Outcome == Outcome.Failed),
            Percentile(latencies, 0.50), Percentile(latencies, 0.99), latencies.Count > 0 ? latencies[^1] : TimeSpan.Zero,
            errors);
    }

    // Nearest rank.
    private static TimeSpan Percentile(List<TimeSpan> sorted, double p) =>
        sorted.Count == 0 ? TimeSpan.Zero : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
