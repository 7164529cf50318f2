using System.Diagnostics;
using System.Net.Sockets;
using Bff.Deploy.Tests.Support;

namespace Bff.Deploy.Tests;

/// <summary>
/// SIGTERM to a running bff-web while a query waits on a slow catalog: readiness turns 503 first, then new connections
/// are refused, the query in flight still completes with its data, and the process exits 0 within the drain timeout.
/// </summary>
[Collection(LocalBackendsCollection.Name)]
public sealed class ShutdownTests(LocalBackends backends) : IAsyncLifetime
{
    private static readonly TimeSpan ReadinessDelay = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(20);
    private const int CatalogLatencyMs = 7000;

    [Fact]
    public async Task A_query_in_flight_at_sigterm_completes_while_readiness_is_503_and_new_connections_are_refused()
    {
        var port = BffProcess.FreePort();
        var environment = backends.EnvironmentFor(port);
        environment["Shutdown__ReadinessDelay"] = ReadinessDelay.ToString();
        environment["Shutdown__DrainTimeout"] = DrainTimeout.ToString();
        await using var bff = await BffProcess.StartAsync("Bff.Web", environment, port);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        using (var ready = await http.GetAsync(new Uri(bff.Address, "/health/ready")))
        {
            Assert.Equal(200, (int)ready.StatusCode);
        }

        await backends.Demo.SetFaultsAsync("Catalog", new { latencyMs = CatalogLatencyMs });
        var inFlight = LocalBackends.QueryAsync(http, Query(bff, "3"));
        // The BFF has the request and is waiting on the catalog.
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        Assert.False(inFlight.IsCompleted);
        await bff.TerminateAsync();
        var terminated = Stopwatch.StartNew();

        var readiness = await PollReadinessUntil503Async(bff);
        Assert.Contains("\"shutdown\"", readiness, StringComparison.Ordinal);
        Assert.False(inFlight.IsCompleted, "the query finished before readiness was seen as 503");

        await WaitUntilConnectionsAreRefusedAsync(bff);
        Assert.False(inFlight.IsCompleted, "the query finished before the listener closed, so nothing was drained");

        var (status, _, body) = await inFlight;
        Assert.Equal(200, status);
        Assert.Equal("3", body.GetProperty("data").GetProperty("product").GetProperty("id").GetString());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("data").GetProperty("product").GetProperty("name").GetString()));
        Assert.False(body.TryGetProperty("errors", out _), body.GetRawText());

        Assert.Equal(0, await bff.WaitForExitAsync(DrainTimeout));
        Assert.True(terminated.Elapsed < DrainTimeout, $"exited {terminated.Elapsed} after SIGTERM");
    }

    public Task InitializeAsync() => backends.Demo.ResetFaultsAsync("Catalog");

    public Task DisposeAsync() => backends.Demo.ResetFaultsAsync("Catalog");

    private static HttpRequestMessage Query(BffProcess bff, string id)
    {
        var request = GraphQLPost.Create("query P($id: ID!) { product(id: $id) { id name } }", new { id });
        request.RequestUri = new Uri(bff.Address, "/graphql");
        return request;
    }

    // A fresh connection each time: the first 503 must come from the readiness check, not a closed socket.
    private static async Task<string> PollReadinessUntil503Async(BffProcess bff)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < ReadinessDelay)
        {
            using var http = new HttpClient();
            using var response = await http.GetAsync(new Uri(bff.Address, "/health/ready"));
            if ((int)response.StatusCode == 503)
            {
                return await response.Content.ReadAsStringAsync();
            }

            Assert.Equal(200, (int)response.StatusCode);
            await Task.Delay(50);
        }

        throw new Xunit.Sdk.XunitException($"/health/ready did not turn 503 after SIGTERM:\n{bff.Output}");
    }

    private static async Task WaitUntilConnectionsAreRefusedAsync(BffProcess bff)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < DrainTimeout)
        {
            using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            try
            {
                await socket.ConnectAsync(System.Net.IPAddress.Loopback, bff.Port);
            }
            catch (SocketException ex) when (ex.SocketErrorCode == SocketError.ConnectionRefused)
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new Xunit.Sdk.XunitException($"new connections were still accepted {DrainTimeout} after SIGTERM:\n{bff.Output}");
    }
}
