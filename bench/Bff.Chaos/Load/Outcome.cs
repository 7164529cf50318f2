namespace Bff.Chaos.Load;

/// <summary>How a load request was answered.</summary>
public enum Outcome
{
    /// <summary>200 with data and no errors.</summary>
    Ok,

    /// <summary>200 with data, each error a backend's outage (code and backend named, its field null), or stale values flagged.</summary>
    Degraded,

    /// <summary>Anything else: a non-200, no answer in time, a dropped connection, another error code, an error with a value.</summary>
    Failed,
}
