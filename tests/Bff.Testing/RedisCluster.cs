using System.Diagnostics;
using System.Globalization;
using StackExchange.Redis;

namespace Bff.Testing;

/// <summary>
/// A real three-master Redis Cluster: three <c>redis-server --cluster-enabled yes</c> processes on free loopback
/// ports, each with its node file in a temporary folder, joined with <c>redis-cli --cluster create</c>. Killed and its
/// folder removed on dispose.
/// </summary>
public sealed class RedisCluster : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private readonly List<Process> processes = [];
    private readonly string directory = Directory.CreateTempSubdirectory("bff-redis-cluster-").FullName;

    private RedisCluster(int[] ports) => Ports = ports;

    /// <summary>The masters' ports, 127.0.0.1 only.</summary>
    public IReadOnlyList<int> Ports { get; }

    /// <summary>A StackExchange.Redis configuration string naming every master.</summary>
    public string Configuration => string.Join(',', Ports.Select(p => $"127.0.0.1:{p}"));

    /// <summary>Starts three masters, joins them and waits until every node reports <c>cluster_state:ok</c>.</summary>
    public static async Task<RedisCluster> StartAsync()
    {
        var cluster = new RedisCluster([RedisServer.FreePort(), RedisServer.FreePort(), RedisServer.FreePort()]);
        try
        {
            await cluster.StartNodesAsync();
            await cluster.CreateAsync();
            await cluster.WaitUntilOkAsync();
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    private async Task StartNodesAsync()
    {
        foreach (var port in Ports)
        {
            var text = port.ToString(CultureInfo.InvariantCulture);
            var process = Start("redis-server",
                "--port", text, "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", directory,
                "--cluster-enabled", "yes", "--cluster-config-file", $"nodes-{text}.conf", "--cluster-node-timeout", "5000");
            processes.Add(process);
            await RedisPing.WaitForPongAsync(port, () => !process.HasExited);
        }
    }

    private async Task CreateAsync()
    {
        var args = new List<string> { "--cluster", "create" };
        args.AddRange(Ports.Select(p => $"127.0.0.1:{p}"));
        args.AddRange(["--cluster-replicas", "0", "--cluster-yes"]);
        using var create = Start("redis-cli", [.. args]);
        var output = create.StandardOutput.ReadToEndAsync();
        var errors = create.StandardError.ReadToEndAsync();
        await create.WaitForExitAsync().WaitAsync(StartTimeout);
        if (create.ExitCode != 0)
        {
            throw new InvalidOperationException($"redis-cli --cluster create failed: {await output}{await errors}");
        }
    }

    private async Task WaitUntilOkAsync()
    {
        var deadline = DateTime.UtcNow + StartTimeout;
        using var connection = await ConnectionMultiplexer.ConnectAsync(Configuration);
        while (true)
        {
            var ok = true;
            foreach (var port in Ports)
            {
                var info = (string?)await connection.GetServer("127.0.0.1", port).ExecuteAsync("CLUSTER", "INFO");
                ok &= info?.Contains("cluster_state:ok", StringComparison.Ordinal) == true;
            }

            if (ok)
            {
                return;
            }

            if (DateTime.UtcNow >= deadline)
            {
                throw new InvalidOperationException("The Redis Cluster did not reach cluster_state:ok.");
            }

            await Task.Delay(50);
        }
    }

    private Process Start(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = directory,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        if (program == "redis-server")
        {
            // Drained so that the server never blocks on a full pipe.
            process.OutputDataReceived += static (_, _) => { };
            process.ErrorDataReceived += static (_, _) => { };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
        }

        return process;
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        foreach (var process in processes)
        {
            if (!process.HasExited)
            {
                process.Kill();
                process.WaitForExit();
            }

            process.Dispose();
        }

        processes.Clear();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A node file still being written is no reason to fail a test run; the folder is in the temp directory.
        }

        return ValueTask.CompletedTask;
    }
}
