using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Bff.Deploy.Tests.Support;

namespace Bff.Deploy.Tests;

/// <summary>
/// <c>./run.sh</c> end to end, as a developer runs it: the stack comes up, the curls it prints return data, each
/// service's log lines reach the terminal under its name, and a Ctrl+C (or SIGTERM) leaves no process and no listener
/// behind. The stack's ports are fixed (README), so these tests run one at a time and need them free; Redis gets a
/// free port through REDIS_PORT.
/// </summary>
public sealed class RunScriptTests
{
    private static readonly int[] StackPorts = [5101, 5102, 5199, .. Enumerable.Range(5201, 9)];
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromMinutes(4);

    [Fact]
    public async Task The_stack_comes_up_with_its_own_redis_answers_the_printed_curls_and_ctrl_c_leaves_nothing_behind()
    {
        var redisPort = RedisServer.FreePort();
        var script = await StartAsync(redisPort);

        Assert.Contains($"redis             127.0.0.1:{redisPort}", script.Lines);
        await AssertCurlsReturnDataAsync(script);
        Assert.Contains("redis", await ReadyBodyAsync(5102), StringComparison.Ordinal);
        AssertPrefixedLogs(script);

        await script.SignalGroupAsync("INT");
        await script.WaitForExitAsync(TimeSpan.FromSeconds(90));

        Assert.Equal(130, script.ExitCode);
        AssertNothingLeft(script, [.. StackPorts, redisPort]);
    }

    [Fact]
    public async Task A_running_redis_is_reused_and_left_running_after_sigterm()
    {
        await using var redis = await RedisServer.StartAsync();
        var script = await StartAsync(redis.Port);

        Assert.Contains(script.Lines, l => l.StartsWith("redis             reusing the Redis on 127.0.0.1:" + redis.Port, StringComparison.Ordinal));
        await AssertCurlsReturnDataAsync(script);

        await script.SignalGroupAsync("TERM");
        await script.WaitForExitAsync(TimeSpan.FromSeconds(90));

        Assert.Equal(143, script.ExitCode);
        AssertNothingLeft(script, StackPorts);
        Assert.True(await RedisPing.PingAsync(redis.Port), "the reused Redis no longer answers PING");
    }

    [Fact]
    public async Task Without_a_redis_the_bffs_run_on_their_memory_cache_and_say_so_once()
    {
        // Something that is not Redis holds the port: nothing answers PING there and redis-server cannot bind it.
        using var squatter = new TcpListener(IPAddress.Loopback, 0);
        squatter.Start();
        var script = await StartAsync(((IPEndPoint)squatter.LocalEndpoint).Port);

        var notes = script.Lines.Where(l => l.Contains("in-memory L1 cache alone", StringComparison.Ordinal)).ToList();
        Assert.Single(notes);
        Assert.StartsWith("redis             NONE: redis-server did not start", notes[0], StringComparison.Ordinal);
        await AssertCurlsReturnDataAsync(script);
        Assert.DoesNotContain("redis", await ReadyBodyAsync(5101), StringComparison.Ordinal);
        Assert.DoesNotContain("redis", await ReadyBodyAsync(5102), StringComparison.Ordinal);

        await script.SignalGroupAsync("INT");
        await script.WaitForExitAsync(TimeSpan.FromSeconds(90));

        Assert.Equal(130, script.ExitCode);
        AssertNothingLeft(script, StackPorts);
    }

    private static async Task<RunScript> StartAsync(int redisPort)
    {
        var busy = StackPorts.Where(Listeners.Ports().Contains).ToList();
        Assert.True(busy.Count == 0, $"./run.sh listens on fixed ports and these are taken: {string.Join(", ", busy)}; stop what holds them.");
        var script = RunScript.Start(new Dictionary<string, string> { ["REDIS_PORT"] = redisPort.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        try
        {
            await script.WaitForCurlsAsync(ReadyTimeout);
        }
        catch
        {
            await script.DisposeAsync();
            throw;
        }

        return script;
    }

    /// <summary>Runs each printed curl line as printed (through bash) and checks the product it returns.</summary>
    private static async Task AssertCurlsReturnDataAsync(RunScript script)
    {
        var curls = script.Curls;
        var mobile = Assert.Single(curls, c => c.Contains("127.0.0.1:5101/graphql?id=", StringComparison.Ordinal));
        var web = Assert.Single(curls, c => c.Contains("127.0.0.1:5102/graphql", StringComparison.Ordinal));

        using var product = JsonDocument.Parse(await BashAsync(mobile));
        using var page = JsonDocument.Parse(await BashAsync(web));

        Assert.False(product.RootElement.TryGetProperty("errors", out _), product.RootElement.GetRawText());
        Assert.Equal("42", product.RootElement.GetProperty("data").GetProperty("product").GetProperty("id").GetString());
        Assert.NotEmpty(product.RootElement.GetProperty("data").GetProperty("product").GetProperty("name").GetString()!);
        Assert.False(page.RootElement.TryGetProperty("errors", out _), page.RootElement.GetRawText());
        Assert.NotEmpty(page.RootElement.GetProperty("data").GetProperty("productPage").GetProperty("product").GetProperty("name").GetString()!);
        Assert.Equal(JsonValueKind.Number, page.RootElement.GetProperty("data").GetProperty("productPage").GetProperty("price").GetProperty("amount").ValueKind);
    }

    private static void AssertPrefixedLogs(RunScript script)
    {
        foreach (var name in new[] { "demo-backends", "bff-mobile", "bff-web" })
        {
            Assert.Contains(script.Lines, l => l.StartsWith(name.PadRight(18) + " | ", StringComparison.Ordinal));
        }
    }

    private static void AssertNothingLeft(RunScript script, IEnumerable<int> ports)
    {
        Assert.Empty(script.LeftoverProcesses());
        var listening = Listeners.Ports();
        Assert.DoesNotContain(ports, listening.Contains);
    }

    private static async Task<string> ReadyBodyAsync(int port)
    {
        using var http = new HttpClient();
        return await http.GetStringAsync(new Uri($"http://127.0.0.1:{port}/health/ready"));
    }

    private static async Task<string> BashAsync(string command)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(command);
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        Assert.True(process.ExitCode == 0, $"{command} exited with {process.ExitCode}: {await process.StandardError.ReadToEndAsync()}");
        return output;
    }
}
