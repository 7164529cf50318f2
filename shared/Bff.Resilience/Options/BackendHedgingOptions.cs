namespace Bff.Resilience;

/// <summary>
/// Opt-in hedging: a named deviation for slow read-only backends. When enabled it replaces retry, and only
/// GET and HEAD requests are hedged; other methods get a single attempt.
/// </summary>
public sealed class BackendHedgingOptions
{
    /// <summary>Turns hedging on for the backend.</summary>
    public bool Enabled { get; set; }

    /// <summary>Extra attempts launched besides the first.</summary>
    public int MaxHedgedAttempts { get; set; } = 1;

    /// <summary>Wait before launching the next attempt while earlier ones are still in flight.</summary>
    public TimeSpan Delay { get; set; } = TimeSpan.FromMilliseconds(500);
}
