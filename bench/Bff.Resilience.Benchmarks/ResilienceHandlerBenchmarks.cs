using BenchmarkDotNet.Attributes;
using Bff.Resilience;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bff.Resilience.Benchmarks;

/// <summary>
/// Cost the resilience handler adds to one successful GET: the same loopback Kestrel endpoint, called by a bare
/// <see cref="HttpClient"/> and by one built through IHttpClientFactory with the handler attached.
/// </summary>
[MemoryDiagnoser]
public class ResilienceHandlerBenchmarks
{
    private static readonly Uri Path = new("/prices/1", UriKind.Relative);
    private WebApplication server = null!;
    private ServiceProvider services = null!;
    private HttpClient bare = null!;
    private HttpClient resilient = null!;
    // A deadline that never runs out, so the capping path runs on every call.
    private readonly RequestDeadline deadline = RequestDeadline.Start(TimeSpan.FromDays(1), TimeProvider.System);
    private HttpClient factoryOnly = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        server = builder.Build();
        server.MapGet("/prices/{id}", (string id) => Results.Text($$"""{"productId":"{{id}}","amount":19.99,"currency":"EUR"}""", "application/json"));
        await server.StartAsync();
        var baseAddress = new Uri(server.Urls.First());

        bare = new HttpClient(new SocketsHttpHandler()) { BaseAddress = baseAddress };
        var collection = new ServiceCollection();
        collection.AddHttpClient("plain", c => c.BaseAddress = baseAddress);
        collection.AddHttpClient("pricing", c => c.BaseAddress = baseAddress).AddBackendResilienceHandler("pricing");
        services = collection.BuildServiceProvider();
        var factory = services.GetRequiredService<IHttpClientFactory>();
        factoryOnly = factory.CreateClient("plain");
        resilient = factory.CreateClient("pricing");
    }

    [Benchmark(Baseline = true, Description = "bare HttpClient")]
    public Task<string> Bare() => bare.GetStringAsync(Path);

    [Benchmark(Description = "IHttpClientFactory client, no handler")]
    public Task<string> FactoryOnly() => factoryOnly.GetStringAsync(Path);

    [Benchmark(Description = "with resilience handler")]
    public Task<string> Resilient() => resilient.GetStringAsync(Path);

    [Benchmark(Description = "with resilience handler + deadline")]
    public async Task<string> ResilientWithDeadline()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Path).WithDeadline(deadline);
        using var response = await resilient.SendAsync(request);
        return await response.Content.ReadAsStringAsync();
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        bare.Dispose();
        await services.DisposeAsync();
        await server.StopAsync();
        await server.DisposeAsync();
    }
}
