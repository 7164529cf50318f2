using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Bff.Caching.Tests.Support;

/// <summary>A real redis-server on a free port, without persistence, killed on dispose.</summary>
public sealed class RedisServer : IAsyncDisposable
{
    private Process? _process;

    private RedisServer(int port) => Port = port;

    public int Port { get; }

    public string Configuration => $"127.0.0.1:{Port}";

    public static async Task<RedisServer> StartAsync(int? port = null)
    {
        var server = new RedisServer(port ?? FreePort());
        await server.RestartAsync();
        return server;
    }

    /// <summary>Starts (again) on the same port, as a restarted Redis would come back.</summary>
    public async Task RestartAsync()
    {
        var start = new ProcessStartInfo(FindExecutable())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no" })
        {
            start.ArgumentList.Add(arg);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start.");
        _process.OutputDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        await WaitForPongAsync();
    }

    /// <summary>Kills the server abruptly, as a crash would.</summary>
    public void Kill()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            _process.WaitForExit();
        }

        _process?.Dispose();
        _process = null;
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        return ValueTask.CompletedTask;
    }

    private static string FindExecutable()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        var candidates = path.Split(Path.PathSeparator).Append("/usr/bin").Append("/usr/local/bin")
            .Select(dir => Path.Combine(dir, "redis-server"));
        return candidates.FirstOrDefault(File.Exists) ?? throw new InvalidOperationException(
            "redis-server was not found on PATH. These tests need a real Redis: install it with `apt-get install -y redis-server`.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task WaitForPongAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                var stream = client.GetStream();
                await stream.WriteAsync("PING\r\n"u8.ToArray());
                var buffer = new byte[16];
                var read = await stream.ReadAsync(buffer);
                if (Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal))
                {
                    return;
                }
            }
            catch (SocketException) when (DateTime.UtcNow < deadline && _process is { HasExited: false })
            {
            }

            if (DateTime.UtcNow >= deadline || _process is not { HasExited: false })
            {
                throw new InvalidOperationException($"redis-server on port {Port} did not answer PING.");
            }

            await Task.Delay(20);
        }
    }
}
