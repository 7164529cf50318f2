using Microsoft.Extensions.Configuration;

namespace Bff.ServiceDefaults;

/// <summary>
/// Configuration keys earlier versions read and this one does not. Unread keys are silently ignored by the binder, so a
/// deployment still setting one would run without what it asked for (a Redis-shared rate limit, say): refuse them at
/// start-up, naming the key that replaced each.
/// </summary>
internal static class RetiredKeys
{
    private static readonly (string Old, string New)[] Retired =
    [
        ("Caching:Redis:Configuration", "Redis:Configuration"),
        ("RateLimiting:Redis:Configuration", "Redis:Configuration (and RateLimiting:Redis:Enabled)"),
        ("Health:Redis", "Redis:Configuration"),
        ("Telemetry:OtlpEndpoint", "OTEL_EXPORTER_OTLP_ENDPOINT"),
        ("Telemetry:OtlpProtocol", "OTEL_EXPORTER_OTLP_PROTOCOL"),
    ];

    public static void ThrowIfSet(IConfiguration configuration)
    {
        foreach (var (old, replacement) in Retired)
        {
            if (!string.IsNullOrEmpty(configuration[old]))
            {
                throw new InvalidOperationException($"{old} is no longer read; set {replacement} instead.");
            }
        }
    }
}
