using Bff.Resilience.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Bff.Resilience.Tests.Pipeline;

public class SpentDeadlineTests
{
    private readonly FakeTimeProvider clock = new();

    private static void SmallBreaker(BackendResilienceOptions options)
    {
        ResilientClient.Fast(options);
        options.Retry.MaxRetryAttempts = 0;
        options.CircuitBreaker.MinimumThroughput = 4;
        options.CircuitBreaker.FailureRatio = 0.5;
        // The attempt timeout (10 s) outlasts the request budget (1 s): only the deadline ends a hung call.
        options.AttemptTimeout.Timeout = TimeSpan.FromSeconds(10);
    }

    [Fact]
    public async Task CallsToAHungBackendCutShortByTheRequestDeadlineOpenTheCircuit()
    {
        var backend = new FakeBackend((_, _, ct) => FakeBackend.Hang(ct));
        var deadlines = new FixedDeadline();
        using var host = ResilientClient.Create(backend, clock, SmallBreaker, deadlines);
        for (var i = 0; i < 4; i++)
        {
            deadlines.Current = RequestDeadline.Start(TimeSpan.FromSeconds(1), clock);
            var pending = host.Client.GetAsync(new Uri("/prices/1", UriKind.Relative));
            await backend.WaitForCallsAsync(i + 1);
            clock.Advance(TimeSpan.FromSeconds(1));
            await Assert.ThrowsAnyAsync<HttpRequestException>(() => pending);
        }

        deadlines.Current = RequestDeadline.Start(TimeSpan.FromSeconds(1), clock);
        var refused = await Assert.ThrowsAsync<BackendUnavailableException>(() => host.Client.GetAsync(new Uri("/prices/1", UriKind.Relative)));

        Assert.Equal(BackendUnavailableReason.CircuitOpen, refused.Reason);
        Assert.Equal(4, backend.Calls);
        Assert.Equal(BackendCircuitState.Open, host.Services.GetRequiredService<ICircuitStateProvider>().GetState("pricing"));
    }

    [Fact]
    public async Task CallsTheCallerCancelsWithBudgetLeftDoNotOpenTheCircuit()
    {
        var backend = new FakeBackend((_, _, ct) => FakeBackend.Hang(ct));
        var deadlines = new FixedDeadline { Current = RequestDeadline.Start(TimeSpan.FromMinutes(1), clock) };
        using var host = ResilientClient.Create(backend, clock, SmallBreaker, deadlines);
        for (var i = 0; i < 8; i++)
        {
            using var caller = new CancellationTokenSource();
            var pending = host.Client.GetAsync(new Uri("/prices/1", UriKind.Relative), caller.Token);
            await backend.WaitForCallsAsync(i + 1);
            await caller.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pending);
        }

        Assert.Equal(BackendCircuitState.Closed, host.Services.GetRequiredService<ICircuitStateProvider>().GetState("pricing"));
    }
}
