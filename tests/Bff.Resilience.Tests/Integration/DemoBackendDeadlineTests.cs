using System.Diagnostics;
using System.Net;
using Bff.Resilience.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Bff.Resilience.Tests.Integration;

[Collection(DemoBackendsCollection.Name)]
public sealed class DemoBackendDeadlineTests(DemoBackendsProcess demo) : IAsyncLifetime
{
    private const string Pricing = "Pricing";

    public Task InitializeAsync() => demo.SetFaultsAsync(Pricing, new { latencyMs = 3000 });

    public Task DisposeAsync() => demo.ResetFaultsAsync(Pricing);

    [Fact]
    public async Task ASlowBackendCallIsCutOffWhenTheRequestBudgetRunsOut()
    {
        var deadlines = new FixedDeadline { Current = RequestDeadline.Start(TimeSpan.FromMilliseconds(300), TimeProvider.System) };
        using var host = ResilientClient.Create(new SocketsHttpHandler(), TimeProvider.System, deadlines: deadlines, baseAddress: demo.UrlOf(Pricing));
        var watch = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<BackendUnavailableException>(() => host.Client.GetAsync(new Uri("/prices/1", UriKind.Relative)));

        Assert.Equal(BackendUnavailableReason.DeadlineExceeded, error.Reason);
        Assert.InRange(watch.Elapsed, TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(2000));
    }

    [Fact]
    public async Task TheBudgetACallerSendsInXRequestTimeoutBoundsTheBackendCallsMadeForIt()
    {
        await using var bff = await StartBffAsync();
        using var client = new HttpClient { BaseAddress = new Uri(bff.Urls.First()) };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/price/1");
        request.Headers.Add("X-Request-Timeout", "0.3");
        var watch = Stopwatch.StartNew();

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        Assert.Equal("pricing:DeadlineExceeded", await response.Content.ReadAsStringAsync());
        Assert.InRange(watch.Elapsed, TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(2000));
    }

    /// <summary>A minimal BFF: the deadline middleware, then an endpoint that calls pricing through the handler.</summary>
    private async Task<WebApplication> StartBffAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddHttpClient("pricing", c => c.BaseAddress = demo.UrlOf(Pricing)).AddBackendResilienceHandler("pricing");
        var app = builder.Build();
        app.UseRequestDeadline(TimeSpan.FromSeconds(10));
        app.MapGet("/price/{id}", async (string id, IHttpClientFactory clients, CancellationToken ct) =>
        {
            try
            {
                return Results.Text(await clients.CreateClient("pricing").GetStringAsync(new Uri($"/prices/{id}", UriKind.Relative), ct));
            }
            catch (BackendUnavailableException e)
            {
                return Results.Text($"{e.Backend}:{e.Reason}", statusCode: StatusCodes.Status504GatewayTimeout);
            }
        });
        await app.StartAsync();
        return app;
    }
}
