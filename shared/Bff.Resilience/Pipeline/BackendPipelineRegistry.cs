using System.Collections.Concurrent;
using Bff.Resilience.Observability;
using Microsoft.Extensions.Options;

namespace Bff.Resilience.Pipeline;

/// <summary>Builds each backend's pipeline once, on first use, from its named options.</summary>
internal sealed class BackendPipelineRegistry(
    IOptionsMonitor<BackendResilienceOptions> options,
    TimeProvider timeProvider,
    ResilienceTelemetryListener telemetry,
    ResilienceMetrics metrics) : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<BackendPipeline>> pipelines = new(StringComparer.Ordinal);

    public BackendPipeline Get(string backend) =>
        pipelines.GetOrAdd(backend, name => new Lazy<BackendPipeline>(() => Build(name))).Value;

    public void Dispose()
    {
        foreach (var pipeline in pipelines.Values.Where(p => p.IsValueCreated))
        {
            pipeline.Value.Dispose();
        }
    }

    private BackendPipeline Build(string backend)
    {
        var pipeline = BackendPipelineFactory.Create(backend, options.Get(backend), timeProvider, telemetry);
        metrics.TrackCircuit(backend, () => pipeline.State);
        return pipeline;
    }
}
