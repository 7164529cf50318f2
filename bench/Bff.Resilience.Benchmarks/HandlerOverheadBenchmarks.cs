using System.Net;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;

namespace Bff.Resilience.Benchmarks;

/// <summary>
/// The handler's own cost with the network taken out: the same in-memory primary handler answers 200 at once,
/// called directly and through the resilience handler. Loopback noise on a shared 2-core machine is far larger
/// than this difference, so it is measured separately.
/// </summary>
[MemoryDiagnoser]
public class HandlerOverheadBenchmarks
{
    private static readonly Uri Address = new("http://pricing.test/prices/1");
    private ServiceProvider services = null!;
    private HttpClient bare = null!;
    private HttpClient resilient = null!;
    private HttpClient factoryOnly = null!;

    [GlobalSetup]
    public void Setup()
    {
        bare = new HttpClient(new InstantOk());
        var collection = new ServiceCollection();
        collection.AddHttpClient("pricing").AddBackendResilienceHandler("pricing").ConfigurePrimaryHttpMessageHandler(() => new InstantOk());
        collection.AddHttpClient("plain").ConfigurePrimaryHttpMessageHandler(() => new InstantOk());
        services = collection.BuildServiceProvider();
        factoryOnly = services.GetRequiredService<IHttpClientFactory>().CreateClient("plain");
        resilient = services.GetRequiredService<IHttpClientFactory>().CreateClient("pricing");
    }

    [Benchmark(Baseline = true, Description = "in-memory handler, bare")]
    public async Task<HttpStatusCode> Bare()
    {
        using var response = await bare.GetAsync(Address);
        return response.StatusCode;
    }

    [Benchmark(Description = "in-memory handler, IHttpClientFactory client")]
    public async Task<HttpStatusCode> FactoryOnly()
    {
        using var response = await factoryOnly.GetAsync(Address);
        return response.StatusCode;
    }

    [Benchmark(Description = "in-memory handler, with resilience handler")]
    public async Task<HttpStatusCode> Resilient()
    {
        using var response = await resilient.GetAsync(Address);
        return response.StatusCode;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        bare.Dispose();
        services.Dispose();
    }

    private sealed class InstantOk : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { RequestMessage = request });
    }
}
