namespace Bff.ServiceDefaults.Telemetry;

/// <summary>Names of the activity sources and meters that <c>AddServiceDefaults()</c> exports besides ASP.NET Core's and HttpClient's.</summary>
public static class BffTelemetry
{
    /// <summary>Activity source and meter of the GraphQL engine (one span per operation).</summary>
    public const string GraphQLSource = "Bff.GraphQL";

    /// <summary>Activity source of typed backend calls.</summary>
    public const string BackendsSource = "Bff.Backends";

    /// <summary>Meter of the GraphQL server.</summary>
    public const string GraphQLMeter = "Bff.GraphQL";

    /// <summary>FusionCache's activity source and meter (<c>FusionCacheDiagnostics.ActivitySourceName</c> / <c>MeterName</c>).</summary>
    public const string FusionCache = "ZiggyCreatures.Caching.Fusion";

    /// <summary>FusionCache's sources and meters per level: memory, distributed (Redis) and backplane.</summary>
    public static IReadOnlyList<string> FusionCacheLevels { get; } = [FusionCache + ".Memory", FusionCache + ".Distributed", FusionCache + ".Backplane"];

    /// <summary>Polly's meter, which the standard resilience handler of Microsoft.Extensions.Http.Resilience reports to.</summary>
    public const string PollyMeter = "Polly";

    /// <summary>Meter of the BFF's own cache metrics: stale values handed to the BFF (<c>bff.cache.stale_served</c>).</summary>
    public const string CachingMeter = "Bff.Caching";

    /// <summary>Meter of the BFF's own resilience metrics: the circuit state gauge Polly does not have.</summary>
    public const string ResilienceMeter = "Bff.Resilience";

    /// <summary>Activity sources always traced besides the ASP.NET Core and HttpClient instrumentation.</summary>
    public static IReadOnlyList<string> Sources { get; } = [GraphQLSource, BackendsSource];

    /// <summary>
    /// The activity sources traced: <see cref="Sources"/>, and FusionCache's operations only when spans are exported
    /// (a span per cache operation, many per request, costs CPU even when it goes nowhere), its per-level operations
    /// only when <c>Telemetry:CacheLevelTraces</c> asks for them as well.
    /// </summary>
    /// <param name="exporting">Whether an OTLP exporter is configured.</param>
    /// <param name="cacheLevelTraces">Whether <c>Telemetry:CacheLevelTraces</c> is on.</param>
    /// <returns>The source names.</returns>
    public static IReadOnlyList<string> TracedSources(bool exporting, bool cacheLevelTraces) =>
        (exporting, cacheLevelTraces) switch
        {
            (false, _) => Sources,
            (true, false) => [.. Sources, FusionCache],
            (true, true) => [.. Sources, FusionCache, .. FusionCacheLevels],
        };

    /// <summary>Meters exported besides the ASP.NET Core and HttpClient instrumentation.</summary>
    public static IReadOnlyList<string> Meters { get; } = [GraphQLMeter, FusionCache, .. FusionCacheLevels, PollyMeter, CachingMeter, ResilienceMeter];
}
