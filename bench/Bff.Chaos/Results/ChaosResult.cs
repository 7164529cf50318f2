using Bff.Chaos.Load;

namespace Bff.Chaos.Results;

/// <summary>Everything a run measured and concluded; <see cref="Passed"/> when every check held.</summary>
/// <param name="Options">What ran.</param>
/// <param name="Phases">The phases in order.</param>
/// <param name="Stats">Per phase and BFF, then per BFF for the whole run (phase <c>all</c>).</param>
/// <param name="Checks">The verdicts.</param>
/// <param name="Rss">Each BFF's RSS over time.</param>
/// <param name="Events">What was done to the stack and when, e.g. <c>Redis SIGKILL</c>.</param>
/// <param name="Failures">The first failed requests, for the report.</param>
/// <param name="Duration">The whole run, start-up included.</param>
public sealed record ChaosResult(
    ChaosOptions Options, IReadOnlyList<PhaseWindow> Phases, IReadOnlyList<PhaseStats> Stats, IReadOnlyList<Check> Checks,
    IReadOnlyList<RssSample> Rss, IReadOnlyList<(TimeSpan At, string What)> Events, IReadOnlyList<Sample> Failures, TimeSpan Duration)
{
    /// <summary>True when every check held.</summary>
    public bool Passed => Checks.All(c => c.Passed);

    /// <summary>The whole run's figures of one BFF.</summary>
    public PhaseStats Total(string bff) => Stats.Single(s => s.Phase == "all" && s.Bff == bff);

    /// <summary>The figures of one phase and BFF.</summary>
    public PhaseStats Of(string phase, string bff) => Stats.Single(s => s.Phase == phase && s.Bff == bff);

    /// <summary>The check named <paramref name="name"/>.</summary>
    public Check CheckNamed(string name) => Checks.Single(c => c.Name == name);
}
