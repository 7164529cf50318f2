using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;

namespace Bff.Chaos.Load;

/// <summary>
/// Open-loop load on one BFF: a request every 1/rate seconds whatever the answers are doing (a slow BFF gets more
/// requests in flight, as with real clients, instead of fewer as a closed loop would send), each screen by its
/// weight. Every request sent ends as exactly one <see cref="Sample"/>.
/// </summary>
public sealed class LoadDriver : IDisposable
{
    private readonly string bff;
    private readonly IReadOnlyList<Screen> screens;
    private readonly double rate;
    private readonly TimeSpan timeout;
    private readonly Stopwatch clock;
    private readonly ConcurrentQueue<Sample> samples = new();
    private readonly ConcurrentDictionary<Task, bool> inFlight = new();
    private readonly HttpClient http;
    private readonly Random random;
    private readonly int totalWeight;

    /// <summary>A driver of <paramref name="rate"/> requests per second to <paramref name="url"/>; times measured on <paramref name="clock"/>.</summary>
    public LoadDriver(string bff, Uri url, IReadOnlyList<Screen> screens, double rate, TimeSpan timeout, Stopwatch clock, int seed)
    {
        this.bff = bff;
        this.screens = screens;
        this.rate = rate;
        this.timeout = timeout;
        this.clock = clock;
        random = new Random(seed);
        totalWeight = screens.Sum(s => s.Weight);
        http = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = int.MaxValue,
            AutomaticDecompression = DecompressionMethods.All,
            PooledConnectionIdleTimeout = TimeSpan.FromSeconds(30),
        })
        {
            BaseAddress = url,
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    /// <summary>Every answer so far.</summary>
    public IReadOnlyCollection<Sample> Samples => samples;

    /// <summary>Sends at the fixed rate until <paramref name="stop"/>, then waits for the answers still in flight.</summary>
    public async Task RunAsync(CancellationToken stop)
    {
        var start = clock.Elapsed;
        for (long i = 0; !stop.IsCancellationRequested; i++)
        {
            var due = start + TimeSpan.FromSeconds(i / rate);
            var wait = due - clock.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(wait, stop);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }

            var task = SendAsync(Pick());
            inFlight[task] = true;
            _ = task.ContinueWith(t => inFlight.TryRemove(t, out _), TaskScheduler.Default);
        }

        await Task.WhenAll(inFlight.Keys);
    }

    /// <inheritdoc />
    public void Dispose() => http.Dispose();

    private Screen Pick()
    {
        var draw = random.Next(totalWeight);
        foreach (var screen in screens)
        {
            if ((draw -= screen.Weight) < 0)
            {
                return screen;
            }
        }

        return screens[^1];
    }

    private async Task SendAsync(Screen screen)
    {
        // Runs on the sending loop up to the first await, so the random source is never shared.
        var request = screen.Create(random);

        var sent = clock.Elapsed;
        using (request)
        using (var deadline = new CancellationTokenSource(timeout))
        {
            try
            {
                using var response = await http.SendAsync(request, deadline.Token);
                var body = await response.Content.ReadAsStringAsync(deadline.Token);
                var (outcome, errors, stale, detail) = ResponseClassifier.Classify(response.StatusCode, body);
                samples.Enqueue(new Sample(sent, bff, screen.Name, outcome, clock.Elapsed - sent, errors, stale, detail));
            }
            catch (Exception e) when (e is HttpRequestException or OperationCanceledException or IOException)
            {
                var why = e is OperationCanceledException ? $"no answer within {timeout.TotalSeconds:0} s" : $"{e.GetType().Name}: {e.Message}";
                samples.Enqueue(new Sample(sent, bff, screen.Name, Outcome.Failed, clock.Elapsed - sent, [], false, why));
            }
        }
    }
}
