using DemoBackends.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DemoBackends.Tests.Http;

public sealed class RequestLogTests
{
    [Fact]
    public async Task TheCorrelationIdReceivedIsLoggedWithTheRequestAndEchoed()
    {
        var logs = new LogCapture();
        await using var orders = await RunningService.StartAsync("orders", b => b.Logging.AddProvider(logs));
        var client = orders.CreateClient("u-001");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/orders");
        request.Headers.Add("X-Correlation-Id", "corr-4711");

        using var response = await client.SendAsync(request);

        Assert.Equal("corr-4711", response.Headers.GetValues("X-Correlation-Id").Single());
        Assert.True(await LoggedAsync(logs, line => line.Contains("GET /orders -> 200", StringComparison.Ordinal) && line.Contains("correlation=corr-4711", StringComparison.Ordinal)));
    }

    // The request line is written once the response has gone out, so the client can be told before the log has it.
    private static async Task<bool> LoggedAsync(LogCapture logs, Func<string, bool> match)
    {
        for (var waited = 0; waited < 10_000; waited += 20)
        {
            if (logs.Lines.Any(match))
            {
                return true;
            }

            await Task.Delay(20);
        }

        return false;
    }
}
