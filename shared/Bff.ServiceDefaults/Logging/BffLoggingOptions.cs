using Serilog.Events;

namespace Bff.ServiceDefaults.Logging;

/// <summary>Serilog settings, bound from <c>Serilog</c>.</summary>
public sealed class BffLoggingOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "Serilog";

    /// <summary>Console format; <see cref="LogFormat.Auto"/> picks text in Development and JSON otherwise.</summary>
    public LogFormat Format { get; set; } = LogFormat.Auto;

    /// <summary>Text template used when the format is text.</summary>
    public string TextTemplate { get; set; } =
        "[{Timestamp:HH:mm:ss} {Level:u3}] {CorrelationId} {SourceContext}: {Message:lj}{NewLine}{Exception}";

    /// <summary>Minimum levels: <c>Serilog:MinimumLevel:Default</c> and <c>Serilog:MinimumLevel:Override:{prefix}</c>.</summary>
    public MinimumLevelOptions MinimumLevel { get; set; } = new();
}

/// <summary>Minimum levels of <see cref="BffLoggingOptions"/>.</summary>
public sealed class MinimumLevelOptions
{
    /// <summary>Level for categories without an override.</summary>
    public LogEventLevel Default { get; set; } = LogEventLevel.Information;

    /// <summary>
    /// Per category prefix. ASP.NET Core's own request lines are quiet by default because the request logging
    /// middleware writes one richer line per request instead. FusionCache and Polly write a line per cache operation
    /// and per backend call at Information (about 50 lines, 50 KB, per mobile screen, and most of its CPU time; see
    /// bench/results/bffs.md); their warnings (a backend failing, a retry, a circuit opening, Redis away) still pass.
    /// </summary>
    public Dictionary<string, LogEventLevel> Override { get; set; } = new(StringComparer.Ordinal)
    {
        ["Microsoft.AspNetCore"] = LogEventLevel.Warning,
        ["System.Net.Http.HttpClient"] = LogEventLevel.Warning,
        ["ZiggyCreatures.Caching.Fusion"] = LogEventLevel.Warning,
        ["Polly"] = LogEventLevel.Warning,
    };
}
