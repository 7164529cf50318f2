using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Bff.Caching.Benchmarks;

/// <summary>A throwaway redis-server on a free port, without persistence, for one benchmark run.</summary>
internal sealed class RedisProcess : IDisposable
{
    private readonly Process _process;

    public RedisProcess()
    {
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        var start = new ProcessStartInfo("redis-server") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in new[] { "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no" })
        {
            start.ArgumentList.Add(arg);
        }

        try
        {
            _process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException("redis-server was not found: install it with `apt-get install -y redis-server`.", ex);
        }

        _process.OutputDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        WaitUntilListening();
    }

    public int Port { get; }

    public void Dispose()
    {
        _process.Kill();
        _process.WaitForExit();
        _process.Dispose();
    }

    private void WaitUntilListening()
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(25);
            }
        }

        throw new InvalidOperationException($"redis-server did not listen on port {Port}.");
    }
}
