using Microsoft.Extensions.Http.Resilience;

namespace Bff.Resilience;

/// <summary>
/// Opt-in hedging: the package's <see cref="HttpHedgingStrategyOptions"/> plus <see cref="Enabled"/>. When enabled it
/// replaces retry, and only GET and HEAD requests are hedged (each hedged attempt sends a copy of the request); other
/// methods get a single attempt. The handler sets <c>ActionGenerator</c>.
/// </summary>
public sealed class BackendHedgingOptions : HttpHedgingStrategyOptions
{
    /// <summary>Creates the options with the BFF's defaults (one extra attempt after 500 ms).</summary>
    public BackendHedgingOptions()
    {
        Name = "Hedging";
        Delay = TimeSpan.FromMilliseconds(500);
    }

    /// <summary>Turns hedging on for the backend.</summary>
    public bool Enabled { get; set; }
}
