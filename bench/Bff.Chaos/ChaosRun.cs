using System.Collections.Concurrent;
using System.Diagnostics;
using Bff.Chaos.Load;
using Bff.Chaos.Results;
using Bff.Chaos.Stack;

namespace Bff.Chaos;

/// <summary>
/// One run over a started stack: load on both BFFs from start to end, and the phases one after another underneath
/// it (warm-up, steady with faults, Redis stopped twice, inventory down then back, the hostile corpus). A request
/// belongs to the phase it was sent in.
/// </summary>
internal sealed class ChaosRun(ChaosStack stack, ChaosOptions options, TextWriter progress)
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly List<PhaseWindow> phases = [];
    private readonly ConcurrentQueue<(TimeSpan At, string What)> events = new();
    private readonly ConcurrentQueue<RssSample> rss = new();
    private readonly List<Check> hostile = [];
    private volatile string phase = "start";

    public async Task<ChaosResult> ExecuteAsync(TimeSpan startUp)
    {
        Event($"stack started in {startUp.TotalSeconds:0.0} s");
        var bffs = new[] { stack.Mobile, stack.Web };
        var operations = Path.Combine(Binaries.Mobile, "Operations");
        var mobileScreens = Screens.Mobile(operations, ChaosStack.TokenFor);
        var webScreens = Screens.Web(ChaosStack.TokenFor);
        await Task.WhenAll(Priming.PrimeAsync(stack.Mobile, mobileScreens), Priming.PrimeAsync(stack.Web, webScreens));
        Event("both BFFs primed (each screen asked a few times, not counted)");
        using var mobile = Driver(stack.Mobile, mobileScreens, 1);
        using var web = Driver(stack.Web, webScreens, 2);
        using var stop = new CancellationTokenSource();
        var load = Task.WhenAll(mobile.RunAsync(stop.Token), web.RunAsync(stop.Token));
        var sampler = SampleRssAsync(bffs, stop.Token);
        try
        {
            await PhasesAsync(bffs);
        }
        finally
        {
            await stop.CancelAsync();
            await load;
            await sampler;
        }

        var alive = await ChaosChecks.AliveAsync(bffs);
        var samples = mobile.Samples.Concat(web.Samples).OrderBy(s => s.At).ToList();
        return ChaosChecks.Evaluate(options, bffs, phases, samples, [.. rss], [.. events], [.. hostile, alive], startUp + clock.Elapsed);
    }

    private LoadDriver Driver(BffTarget bff, IReadOnlyList<Screen> screens, int seed) =>
        // A client waits longer than the budget, so an answer past the deadline is measured, not cut off.
        new(bff.Name, bff.Url, screens, options.RatePerBff, bff.Budget + TimeSpan.FromSeconds(5), clock, seed);

    private async Task PhasesAsync(BffTarget[] bffs)
    {
        await PhaseAsync("warm-up", () => Task.Delay(options.WarmUp));
        await PhaseAsync("steady", async () =>
        {
            await stack.SetFaultsAsync("Pricing", new { errorRate = options.PricingErrorRate });
            await stack.SetFaultsAsync("Reviews", new { hangRate = options.ReviewsHangRate });
            Event($"pricing fails {options.PricingErrorRate:P0} of calls, reviews hangs {options.ReviewsHangRate:P0}");
            await Task.Delay(options.Steady);
            await stack.ResetFaultsAsync("Pricing");
            await stack.ResetFaultsAsync("Reviews");
            Event("pricing and reviews healthy again");
        });
        await PhaseAsync("redis", async () =>
        {
            foreach (var kill in new[] { false, true })
            {
                await Task.Delay(options.RedisUp);
                await stack.StopRedisAsync(kill);
                Event(kill ? "Redis SIGKILL" : "Redis SIGTERM");
                await Task.Delay(options.RedisDown);
                await stack.StartRedisAsync();
                Event($"Redis restarted on port {stack.RedisPort}");
            }

            await Task.Delay(options.RedisUp);
        });
        await PhaseAsync("inventory down", async () =>
        {
            await stack.SetFaultsAsync("Inventory", new { dropRate = 1.0 });
            Event("inventory drops every call");
            await Task.Delay(options.BackendDown);
            await stack.ResetFaultsAsync("Inventory");
            Event("inventory back");
        });
        await PhaseAsync("recovery", () => Task.Delay(options.Recovery));
        await PhaseAsync("hostile", async () =>
        {
            var least = Task.Delay(options.HostileAtLeast);
            Event("hostile corpus sent to both BFFs");
            hostile.AddRange(await Task.WhenAll(bffs.Select(HostileProbe.SendAsync)));
            Event("hostile corpus answered");
            await least;
        });
    }

    private async Task PhaseAsync(string name, Func<Task> body)
    {
        var start = clock.Elapsed;
        phase = name;
        await progress.WriteLineAsync($"[{start.TotalSeconds,6:0.0} s] phase {name}");
        await body();
        phases.Add(new PhaseWindow(name, start, clock.Elapsed));
    }

    private void Event(string what)
    {
        events.Enqueue((clock.Elapsed, what));
        progress.WriteLine($"[{clock.Elapsed.TotalSeconds,6:0.0} s] {what}");
    }

    private async Task SampleRssAsync(BffTarget[] bffs, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(options.RssInterval);
        do
        {
            foreach (var bff in bffs)
            {
                if (bff.Process.RssBytes() is { } bytes)
                {
                    rss.Enqueue(new RssSample(clock.Elapsed, bff.Name, phase, bytes));
                }
            }
        }
        while (await Tick(timer, stop));
    }

    private static async Task<bool> Tick(PeriodicTimer timer, CancellationToken stop)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stop);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
