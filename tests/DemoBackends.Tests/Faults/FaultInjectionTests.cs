using System.Diagnostics;
using System.Net;
using DemoBackends.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DemoBackends.Tests.Faults;

public sealed class FaultInjectionTests
{
    private const string Read = "/prices?productIds=1,2,3";

    [Fact]
    public async Task ConfiguredLatencyDelaysEveryRequestOnTheInjectedClock()
    {
        var clock = new RecordingClock();
        await using var pricing = await RunningService.StartAsync("pricing", b => b.Services.AddSingleton<TimeProvider>(clock), "--Faults:Pricing:LatencyMs=5000");

        var watch = Stopwatch.StartNew();
        await pricing.Client.GetJsonAsync(Read);

        Assert.Equal([TimeSpan.FromMilliseconds(5000)], clock.Delays);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(4), "the recording clock lets the delay elapse at once");
    }

    [Fact]
    public async Task JitterAddsUpToJitterMsOnTopOfTheFixedLatency()
    {
        var clock = new RecordingClock();
        await using var pricing = await RunningService.StartAsync("pricing", b => b.Services.AddSingleton<TimeProvider>(clock),
            "--Faults:Pricing:LatencyMs=100", "--Faults:Pricing:JitterMs=50");

        for (var i = 0; i < 20; i++)
        {
            await pricing.Client.GetJsonAsync(Read);
        }

        Assert.All(clock.Delays, d => Assert.InRange(d.TotalMilliseconds, 100, 150));
        Assert.True(clock.Delays.Distinct().Count() > 1, "jitter varies the delay");
    }

    [Fact]
    public async Task RealLatencyIsFeltByTheCaller()
    {
        await using var pricing = await RunningService.StartAsync("pricing", settings: "--Faults:Pricing:LatencyMs=300");

        var watch = Stopwatch.StartNew();
        await pricing.Client.GetJsonAsync(Read);

        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(290), $"took {watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task ErrorRateOfOneAnswersEveryRequestWith500ProblemDetails()
    {
        await using var pricing = await RunningService.StartAsync("pricing", settings: "--Faults:Pricing:ErrorRate=1");

        for (var i = 0; i < 5; i++)
        {
            await pricing.Client.GetProblemAsync(Read, HttpStatusCode.InternalServerError);
        }
    }

    [Fact]
    public async Task RateLimitRateAnswers429WithRetryAfter()
    {
        await using var pricing = await RunningService.StartAsync("pricing", settings: ["--Faults:Pricing:RateLimitRate=1", "--Faults:Pricing:RetryAfterSeconds=7"]);

        using var response = await pricing.Client.GetAsync(new Uri(Read, UriKind.Relative));

        await response.AssertProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Equal(TimeSpan.FromSeconds(7), response.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task HangingRequestsOnlyEndWhenTheClientGivesUp()
    {
        await using var pricing = await RunningService.StartAsync("pricing", settings: "--Faults:Pricing:HangRate=1");
        var impatient = pricing.CreateClient(timeout: TimeSpan.FromMilliseconds(500));

        var watch = Stopwatch.StartNew();
        await Assert.ThrowsAsync<TaskCanceledException>(() => impatient.GetAsync(new Uri(Read, UriKind.Relative)));

        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(450));
    }

    [Fact]
    public async Task HangingRequestsDoNotOutliveTheService()
    {
        var pricing = await RunningService.StartAsync("pricing", settings: "--Faults:Pricing:HangRate=1");
        var hanging = pricing.Client.GetAsync(new Uri(Read, UriKind.Relative));
        await Task.Delay(200);

        var stopping = pricing.DisposeAsync().AsTask();

        Assert.Same(stopping, await Task.WhenAny(stopping, Task.Delay(TimeSpan.FromSeconds(10))));
        await Assert.ThrowsAnyAsync<Exception>(() => hanging);
    }

    [Fact]
    public async Task DropRateOfOneAbortsTheConnection()
    {
        await using var pricing = await RunningService.StartAsync("pricing", settings: "--Faults:Pricing:DropRate=1");

        await Assert.ThrowsAsync<HttpRequestException>(() => pricing.Client.GetAsync(new Uri(Read, UriKind.Relative)));
    }

    [Fact]
    public async Task AHalfErrorRateFailsAboutHalfTheRequestsTheSameWayForTheSameSeed()
    {
        async Task<string> RunAsync()
        {
            await using var pricing = await RunningService.StartAsync("pricing", settings: ["--Faults:Pricing:ErrorRate=0.5", "--Faults:Seed=99"]);
            var codes = new List<int>();
            for (var i = 0; i < 100; i++)
            {
                using var response = await pricing.Client.GetAsync(new Uri(Read, UriKind.Relative));
                codes.Add((int)response.StatusCode);
            }

            Assert.InRange(codes.Count(c => c == 500), 30, 70);
            Assert.Equal(100, codes.Count(c => c is 200 or 500));
            return string.Join(',', codes);
        }

        Assert.Equal(await RunAsync(), await RunAsync());
    }

    [Fact]
    public async Task AdminAndOpenApiRoutesAreExemptFromFaults()
    {
        await using var pricing = await RunningService.StartAsync("pricing", settings: "--Faults:Pricing:ErrorRate=1");

        await pricing.Client.GetJsonAsync("/admin/faults");
        await pricing.Client.GetJsonAsync("/openapi/v1.json");
    }
}
