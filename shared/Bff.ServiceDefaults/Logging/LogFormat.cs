namespace Bff.ServiceDefaults.Logging;

/// <summary>How console log lines are written.</summary>
public enum LogFormat
{
    /// <summary>Readable text in Development, JSON everywhere else.</summary>
    Auto,

    /// <summary>One readable line per event.</summary>
    Text,

    /// <summary>One JSON object per line, for log collectors.</summary>
    Json,
}
