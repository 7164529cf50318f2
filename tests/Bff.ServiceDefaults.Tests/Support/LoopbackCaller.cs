using System.Net;
using System.Net.Sockets;

namespace Bff.ServiceDefaults.Tests.Support;

/// <summary>
/// An HTTP client whose connections leave from a chosen loopback address (127.0.0.2, 127.0.0.3, ...), so one test can
/// be a proxy and a stranger at once: Linux routes all of 127.0.0.0/8 to the loopback interface.
/// </summary>
public static class LoopbackCaller
{
    public static HttpClient Create(Uri server, string sourceAddress)
    {
        var source = IPAddress.Parse(sourceAddress);
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(source, 0));
                    await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        return new HttpClient(handler) { BaseAddress = server };
    }

    /// <summary>GET <paramref name="path"/> with <c>X-Forwarded-For</c> (and a client id) as a proxy would send them.</summary>
    public static async Task<HttpStatusCode> GetAsync(HttpClient client, string forwardedFor, string path = "/ping", string? clientId = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("X-Forwarded-For", forwardedFor);
        if (clientId is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Client-Id", clientId);
        }

        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }
}
