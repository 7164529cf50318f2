using System.Net;
using DemoBackends.Tests.Support;

namespace DemoBackends.Tests.Http;

public sealed class BatchLimitsTests
{
    [Theory]
    [InlineData("catalog", "/products?ids=")]
    [InlineData("inventory", "/stock?productIds=")]
    [InlineData("pricing", "/prices?productIds=")]
    [InlineData("reviews", "/ratings?productIds=")]
    [InlineData("reviews", "/reviews?productIds=")]
    [InlineData("recommendations", "/recommendations/products?productIds=")]
    public async Task EveryBatchTakesAHundredIdsAndRejectsAHundredAndOne(string service, string prefix)
    {
        await using var running = await RunningService.StartAsync(service);

        var hundred = await running.Client.GetJsonAsync(prefix + string.Join(',', Enumerable.Range(1, 100)));
        await running.Client.GetProblemAsync(prefix + string.Join(',', Enumerable.Range(1, 101)), HttpStatusCode.BadRequest);
        await running.Client.GetProblemAsync(prefix, HttpStatusCode.BadRequest);

        Assert.Equal(100, hundred.GetArrayLength());
    }
}
