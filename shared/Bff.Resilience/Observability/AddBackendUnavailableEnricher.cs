using Microsoft.Extensions.Options;
using Polly.Telemetry;

namespace Bff.Resilience.Observability;

/// <summary>Registers <see cref="BackendUnavailableEnricher"/> with Polly's telemetry once per container.</summary>
internal sealed class AddBackendUnavailableEnricher : IConfigureOptions<TelemetryOptions>
{
    public void Configure(TelemetryOptions options) => options.MeteringEnrichers.Add(new BackendUnavailableEnricher());
}
