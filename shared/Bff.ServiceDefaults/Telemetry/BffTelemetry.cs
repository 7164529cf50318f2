namespace Bff.ServiceDefaults.Telemetry;

/// <summary>Names of the activity sources and meters that <c>AddServiceDefaults()</c> exports.</summary>
public static class BffTelemetry
{
    /// <summary>Activity source of GraphQL operations (one span per operation).</summary>
    public const string GraphQLSource = "Bff.GraphQL";

    /// <summary>Activity source of typed backend calls.</summary>
    public const string BackendsSource = "Bff.Backends";

    /// <summary>Meter of the GraphQL server.</summary>
    public const string GraphQLMeter = "Bff.GraphQL";

    /// <summary>Meter of the two-level cache.</summary>
    public const string CachingMeter = "Bff.Caching";

    /// <summary>Meter of the backend resilience pipelines.</summary>
    public const string ResilienceMeter = "Bff.Resilience";

    /// <summary>Every activity source traced: ASP.NET Core and HttpClient emit their own since .NET 8.</summary>
    public static IReadOnlyList<string> Sources { get; } = ["Microsoft.AspNetCore", "System.Net.Http", GraphQLSource, BackendsSource];

    /// <summary>Every meter exported.</summary>
    public static IReadOnlyList<string> Meters { get; } =
    [
        "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "System.Net.Http",
        CachingMeter, ResilienceMeter, GraphQLMeter,
    ];
}
