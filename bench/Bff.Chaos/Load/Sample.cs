namespace Bff.Chaos.Load;

/// <summary>One load request and its answer.</summary>
/// <param name="At">When it was sent, from the start of the run.</param>
/// <param name="Bff">Which BFF (<c>bff-mobile</c>, <c>bff-web</c>).</param>
/// <param name="Screen">The screen asked for.</param>
/// <param name="Outcome">How it was answered.</param>
/// <param name="Latency">From sending to the whole body read.</param>
/// <param name="Errors">Each error as <c>CODE@backend</c> (for a degraded answer).</param>
/// <param name="Stale">True when the answer lists stale values (<c>extensions.stale</c>).</param>
/// <param name="Detail">Why it failed, for the report; null otherwise.</param>
public sealed record Sample(
    TimeSpan At, string Bff, string Screen, Outcome Outcome, TimeSpan Latency, IReadOnlyList<string> Errors, bool Stale, string? Detail)
{
    /// <summary>True when an error names <paramref name="backend"/> with <paramref name="code"/> (any code when null).</summary>
    public bool HasError(string backend, string? code = null) =>
        Errors.Any(e => e.EndsWith("@" + backend, StringComparison.Ordinal) && (code is null || e.StartsWith(code + "@", StringComparison.Ordinal)));
}
