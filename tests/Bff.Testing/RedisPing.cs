using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Bff.Testing;

/// <summary>Waits for a starting redis-server to answer PING: an open port alone may still refuse commands while loading.</summary>
public static class RedisPing
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Waits until the redis-server on <paramref name="port"/> answers PING, while <paramref name="isRunning"/> holds.</summary>
    public static async Task WaitForPongAsync(int port, Func<bool> isRunning)
    {
        var deadline = DateTime.UtcNow + StartTimeout;
        while (true)
        {
            try
            {
                if (await PingAsync(port))
                {
                    return;
                }
            }
            catch (SocketException) when (DateTime.UtcNow < deadline && isRunning())
            {
                // Not listening yet.
            }

            if (DateTime.UtcNow >= deadline || !isRunning())
            {
                throw new InvalidOperationException($"redis-server on port {port} did not answer PING.");
            }

            await Task.Delay(20);
        }
    }

    /// <summary>One PING over a fresh connection: true on <c>+PONG</c>; a closed port throws <see cref="SocketException"/>.</summary>
    public static async Task<bool> PingAsync(int port)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, port);
        var stream = client.GetStream();
        await stream.WriteAsync("PING\r\n"u8.ToArray());
        var buffer = new byte[16];
        var read = await stream.ReadAsync(buffer);
        return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
    }
}
