namespace Bff.Chaos.Results;

/// <summary>A phase's span of the run: the requests sent in it are its requests.</summary>
/// <param name="Name">e.g. <c>steady</c>, <c>redis</c>, <c>inventory down</c>.</param>
/// <param name="Start">From the start of the run.</param>
/// <param name="End">From the start of the run.</param>
public sealed record PhaseWindow(string Name, TimeSpan Start, TimeSpan End)
{
    /// <summary>True when <paramref name="at"/> falls in the phase.</summary>
    public bool Contains(TimeSpan at) => at >= Start && at < End;
}
