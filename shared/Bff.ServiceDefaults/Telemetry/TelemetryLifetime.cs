using Microsoft.Extensions.Hosting;

namespace Bff.ServiceDefaults.Telemetry;

/// <summary>
/// Makes the host build the providers before the server takes requests (hosted services are all resolved before any
/// starts) and flushes what is buffered when the host stops, before the container disposes them.
/// </summary>
internal sealed class TelemetryLifetime(TelemetryProviders providers) : IHostedService
{
    private const int FlushTimeoutMilliseconds = 5_000;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken)
    {
        providers.Flush(FlushTimeoutMilliseconds);
        return Task.CompletedTask;
    }
}
