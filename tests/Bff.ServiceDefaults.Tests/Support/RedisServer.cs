using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Bff.ServiceDefaults.Tests.Support;

/// <summary>A real redis-server on a free port, without persistence, killed on dispose.</summary>
public sealed class RedisServer : IAsyncDisposable
{
    private Process? _process;

    private RedisServer(int port) => Port = port;

    public int Port { get; }

    public string Configuration => $"127.0.0.1:{Port}";

    public static async Task<RedisServer> StartAsync()
    {
        var server = new RedisServer(FreePort());
        var start = new ProcessStartInfo(FindExecutable()) { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in new[] { "--port", server.Port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no" })
        {
            start.ArgumentList.Add(arg);
        }

        server._process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start.");
        server._process.OutputDataReceived += static (_, _) => { };
        server._process.BeginOutputReadLine();
        await server.WaitUntilListeningAsync();
        return server;
    }

    /// <summary>A port nothing listens on, for "Redis is down from the start".</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Kills the server abruptly, as a crash would.</summary>
    public void Kill()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            _process.WaitForExit();
        }
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        _process?.Dispose();
        return ValueTask.CompletedTask;
    }

    private static string FindExecutable() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Append("/usr/bin").Append("/usr/local/bin")
            .Select(dir => Path.Combine(dir, "redis-server")).FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException(
            "redis-server was not found on PATH. These tests need a real Redis: install it with `apt-get install -y redis-server`.");

    private async Task WaitUntilListeningAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline && _process is { HasExited: false })
            {
                await Task.Delay(20);
            }
        }
    }
}
