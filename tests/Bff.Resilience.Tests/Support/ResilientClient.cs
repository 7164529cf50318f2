using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bff.Resilience.Tests.Support;

/// <summary>A service provider with one HTTP client whose resilience handler sits in front of a given handler.</summary>
public sealed class ResilientClient : IDisposable
{
    public const string Backend = "pricing";

    private ResilientClient(ServiceProvider services) => Services = services;

    public ServiceProvider Services { get; }

    public HttpClient Client => Services.GetRequiredService<IHttpClientFactory>().CreateClient(Backend);

    public LogCapture Logs => Services.GetRequiredService<LogCapture>();

    public static ResilientClient Create(
        HttpMessageHandler primary,
        TimeProvider timeProvider,
        Action<BackendResilienceOptions>? configure = null,
        IRequestDeadlineAccessor? deadlines = null,
        IDictionary<string, string?>? settings = null,
        Uri? baseAddress = null,
        Action<IServiceCollection>? configureServices = null)
    {
        var services = new ServiceCollection();
        configureServices?.Invoke(services);
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build());
        services.AddSingleton(timeProvider);
        var logs = new LogCapture();
        services.AddSingleton(logs);
        services.AddLogging(b => b.AddProvider(logs));
        if (deadlines is not null)
        {
            services.AddSingleton(deadlines);
        }

        services.AddHttpClient(Backend, c => c.BaseAddress = baseAddress ?? new Uri("http://backend.test"))
            .AddBackendResilienceHandler(Backend, configure)
            .ConfigurePrimaryHttpMessageHandler(() => primary);
        return new ResilientClient(services.BuildServiceProvider());
    }

    /// <summary>Options that make behaviour tests deterministic: no backoff wait, no jitter, a small breaker.</summary>
    public static void Fast(BackendResilienceOptions options)
    {
        options.Retry.BaseDelay = TimeSpan.Zero;
        options.Retry.UseJitter = false;
        options.CircuitBreaker.MinimumThroughput = 100;
    }

    public void Dispose() => Services.Dispose();
}
