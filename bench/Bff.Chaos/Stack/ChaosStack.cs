using System.Globalization;
using System.Net.Http.Json;
using Bff.Testing;

namespace Bff.Chaos.Stack;

/// <summary>
/// Redis, the nine demo backends and both BFFs as real processes, started as bench/bffs/run.sh starts them:
/// Production, a signing key of the run's own (Production refuses the development key, and the demo backends
/// validate the forwarded tokens with the same one), no rate limiter (all load comes from one address). The demo
/// backends are the tests' <see cref="DemoBackendsProcess"/>, started in Production with the run's key.
/// </summary>
public sealed class ChaosStack : IAsyncDisposable
{
    /// <summary>The key, issuer and audience every token of the run is signed for.</summary>
    public const string SigningKey = "chaos-only-signing-key-not-the-development-one-0123456789";

    private const string Issuer = "bff-chaos";
    private const string Audience = "bff-chaos";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);
    private static readonly IReadOnlyDictionary<string, string> Production = new Dictionary<string, string>
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["DOTNET_ENVIRONMENT"] = "Production",
    };

    private readonly List<ServiceProcess> processes = [];
    private readonly Dictionary<ServiceProcess, (Uri Url, TimeSpan Budget)> pendingUrls = [];
    private readonly HttpClient http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private readonly string logs;
    private ServiceProcess? redis;
    private DemoBackendsProcess? backends;

    private ChaosStack(string logs, int redisPort)
    {
        this.logs = logs;
        RedisPort = redisPort;
    }

    /// <summary>The port Redis listens on, the same after every restart.</summary>
    public int RedisPort { get; }

    /// <summary>bff-mobile.</summary>
    public BffTarget Mobile { get; private set; } = null!;

    /// <summary>bff-web.</summary>
    public BffTarget Web { get; private set; } = null!;

    /// <summary>True while Redis runs.</summary>
    public bool RedisRunning => redis is { HasExited: false };

    /// <summary>Starts everything and waits until each part answers.</summary>
    public static async Task<ChaosStack> StartAsync(ChaosOptions options)
    {
        Directory.CreateDirectory(options.LogDirectory);
        var stack = new ChaosStack(options.LogDirectory, Port(options, 20));
        try
        {
            await stack.StartRedisAsync();
            await stack.StartBackendsAsync(options);
            var mobile = stack.StartBff("bff-mobile", Binaries.Mobile, "Bff.Mobile.dll", Port(options, 11), TimeSpan.FromSeconds(5));
            var web = stack.StartBff("bff-web", Binaries.Web, "Bff.Web.dll", Port(options, 12), TimeSpan.FromSeconds(10));
            stack.Mobile = await stack.WaitUntilReadyAsync(mobile);
            stack.Web = await stack.WaitUntilReadyAsync(web);
            return stack;
        }
        catch
        {
            await stack.DisposeAsync();
            throw;
        }
    }

    /// <summary>A bearer token for <paramref name="userId"/>, valid for an hour, that both BFFs and the backends accept.</summary>
    public static string TokenFor(string userId) => HandMadeTokens.ValidNow(userId, SigningKey, Issuer, Audience);

    /// <summary>The root address of a demo service, e.g. <c>UrlOf("Pricing")</c>.</summary>
    public Uri UrlOf(string service) => Backends.UrlOf(service);

    /// <summary>Replaces a service's fault controls (demo-backends/README.md: latencyMs, errorRate, hangRate, dropRate…).</summary>
    public Task SetFaultsAsync(string service, object faults) => Backends.SetFaultsAsync(service, faults);

    /// <summary>Puts a service's fault controls back to none.</summary>
    public Task ResetFaultsAsync(string service) => Backends.ResetFaultsAsync(service);

    /// <summary>Puts two products in the cart of each of <paramref name="users"/>, so that cart reads fan out.</summary>
    public async Task FillCartsAsync(IEnumerable<string> users)
    {
        foreach (var user in users)
        {
            foreach (var (product, quantity) in new[] { ("1", 1), ("2", 2) })
            {
                using var add = new HttpRequestMessage(HttpMethod.Post, new Uri(UrlOf("Cart"), "/cart/items"))
                {
                    Content = JsonContent.Create(new { productId = product, quantity }),
                };
                add.Headers.Authorization = new("Bearer", TokenFor(user));
                using var added = await http.SendAsync(add);
                added.EnsureSuccessStatusCode();
            }
        }
    }

    /// <summary>Stops Redis: SIGTERM (a clean shutdown) or SIGKILL (a crash).</summary>
    public async Task StopRedisAsync(bool kill)
    {
        if (redis is null)
        {
            return;
        }

        await (kill ? redis.KillAsync() : redis.TerminateAsync(TimeSpan.FromSeconds(10)));
        await redis.DisposeAsync();
        processes.Remove(redis);
        redis = null;
    }

    /// <summary>Starts Redis (again) on <see cref="RedisPort"/>, empty, and waits until it answers PING.</summary>
    public async Task StartRedisAsync()
    {
        var port = RedisPort.ToString(CultureInfo.InvariantCulture);
        redis = Track(ServiceProcess.Start("redis", "redis-server",
            ["--port", port, "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], Log("redis")));
        var started = redis;
        await RedisPing.WaitForPongAsync(RedisPort, () => !started.HasExited);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        // The BFFs first, so that they do not log a dying stack; each gets the SIGTERM a deployment would send.
        foreach (var process in Enumerable.Reverse(processes).ToList())
        {
            await process.TerminateAsync(TimeSpan.FromSeconds(10));
            await process.DisposeAsync();
        }

        if (backends is not null)
        {
            await backends.DisposeAsync();
        }

        http.Dispose();
    }

    private DemoBackendsProcess Backends => backends ?? throw new InvalidOperationException("The demo backends are not started.");

    // The bench layout (bench/lib/common.sh) under a port base; else free ports (the demo backends pick their own).
    private static int Port(ChaosOptions options, int offset) => options.PortBase is { } b ? b + offset : RedisServer.FreePort();

    private string Log(string name) => Path.Combine(logs, name + ".log");

    private ServiceProcess Track(ServiceProcess process)
    {
        processes.Add(process);
        return process;
    }

    private async Task StartBackendsAsync(ChaosOptions options)
    {
        backends = new DemoBackendsProcess
        {
            PortBase = options.PortBase,
            DevTokenEndpoint = false,
            Arguments = [$"--Jwt:SigningKey={SigningKey}", $"--Jwt:Issuer={Issuer}", $"--Jwt:Audience={Audience}"],
            EnvironmentVariables = Production,
            LogFile = Log("demo-backends"),
        };
        await backends.InitializeAsync();
    }

    private ServiceProcess StartBff(string name, string directory, string dll, int port, TimeSpan budget)
    {
        var url = $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}";
        List<string> args = ["exec", Path.Combine(directory, dll), $"--Redis:Configuration=127.0.0.1:{RedisPort.ToString(CultureInfo.InvariantCulture)}",
            "--RateLimiting:Enabled=false", $"--Auth:Jwt:SigningKey={SigningKey}", $"--Auth:Jwt:Issuer={Issuer}", $"--Auth:Jwt:Audience={Audience}",
            $"--Resilience:RequestBudget={budget:c}", "--Serilog:MinimumLevel:Default=Warning",
            // Polly's per-call events are logged at Information since this suite found them writing 380 MB of stack
            // traces in six minutes (Bff.Resilience README), so Polly runs as shipped. FusionCache still writes a warning
            // for each Redis timeout while Redis is down, which would measure the console, not the BFF.
            "--Serilog:MinimumLevel:Override:ZiggyCreatures.Caching.Fusion=Error",
            name == "bff-web" ? $"--urls={url}" : $"--Kestrel:Endpoints:Http:Url={url}"];
        args.AddRange(DemoBackendsProcess.ServiceNames.Select(s => $"--Backends:{s}:BaseUrl={UrlOf(s).ToString().TrimEnd('/')}"));
        var process = Track(ServiceProcess.Start(name, Binaries.DotnetHost, args, Log(name), directory, Production));
        pendingUrls[process] = (new Uri(url + "/"), budget);
        return process;
    }

    private async Task<BffTarget> WaitUntilReadyAsync(ServiceProcess process)
    {
        var (url, budget) = pendingUrls[process];
        var deadline = DateTime.UtcNow + StartTimeout;
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{process.Name} exited with code {process.ExitCode} while starting; see {Log(process.Name)}.");
            }

            try
            {
                using var response = await http.GetAsync(new Uri(url, "/health/ready"));
                if (response.IsSuccessStatusCode)
                {
                    return new BffTarget(process.Name, process, url, budget);
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            if (DateTime.UtcNow >= deadline)
            {
                throw new InvalidOperationException($"{process.Name} at {url} was not ready within {StartTimeout}; see {Log(process.Name)}.");
            }

            await Task.Delay(200);
        }
    }
}
