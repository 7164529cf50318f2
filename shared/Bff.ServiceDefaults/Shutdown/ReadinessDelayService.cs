using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Bff.ServiceDefaults.Shutdown;

/// <summary>
/// Holds the host in its stopping phase for <see cref="ShutdownOptions.ReadinessDelay"/>: the lifecycle hook runs after
/// <c>ApplicationStopping</c> (readiness already 503) and before any hosted service, Kestrel included, stops.
/// </summary>
internal sealed class ReadinessDelayService(IOptions<ShutdownOptions> options, TimeProvider time) : IHostedLifecycleService
{
    public Task StoppingAsync(CancellationToken cancellationToken) =>
        options.Value.ReadinessDelay > TimeSpan.Zero
            ? Task.Delay(options.Value.ReadinessDelay, time, cancellationToken)
            : Task.CompletedTask;

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
