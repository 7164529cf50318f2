using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Polly;

namespace Bff.Resilience.Tests.Support;

/// <summary>A service provider with one HTTP client whose resilience handler sits in front of a given handler.</summary>
public sealed class ResilientClient : IDisposable
{
    public const string Backend = "pricing";

    private readonly IServiceCollection collection;

    private ResilientClient(IServiceCollection collection, string backend)
    {
        this.collection = collection;
        Name = backend;
        Services = collection.BuildServiceProvider();
    }

    public ServiceProvider Services { get; }

    /// <summary>The backend (and HTTP client) name.</summary>
    public string Name { get; }

    public HttpClient Client => Services.GetRequiredService<IHttpClientFactory>().CreateClient(Name);

    public LogCapture Logs => Services.GetRequiredService<LogCapture>();

    /// <summary>
    /// The pipeline the package built for the handler, resolved the way it registers it: a keyed
    /// <see cref="ResiliencePipeline{T}"/> whose key names <c>{client}-backend</c> (the key type is internal to it).
    /// </summary>
    public ResiliencePipeline<HttpResponseMessage> Pipeline
    {
        get
        {
            var key = collection.Single(d => d.IsKeyedService && d.ServiceType == typeof(ResiliencePipeline<HttpResponseMessage>)
                && d.ServiceKey!.ToString()!.Contains($"Name = {Name}-backend,", StringComparison.Ordinal)).ServiceKey;
            return Services.GetRequiredKeyedService<ResiliencePipeline<HttpResponseMessage>>(key);
        }
    }

    public static ResilientClient Create(
        HttpMessageHandler primary,
        TimeProvider timeProvider,
        Action<BackendResilienceOptions>? configure = null,
        IRequestDeadlineAccessor? deadlines = null,
        IDictionary<string, string?>? settings = null,
        Uri? baseAddress = null,
        Action<IServiceCollection>? configureServices = null,
        string backend = Backend)
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

        services.AddHttpClient(backend, c => c.BaseAddress = baseAddress ?? new Uri("http://backend.test"))
            .AddBackendResilienceHandler(backend, configure)
            .ConfigurePrimaryHttpMessageHandler(() => primary);
        return new ResilientClient(services, backend);
    }

    /// <summary>Options that make behaviour tests deterministic: no backoff wait, no jitter, a breaker that stays out of the way.</summary>
    public static void Fast(BackendResilienceOptions options)
    {
        options.Retry.Delay = TimeSpan.Zero;
        options.Retry.UseJitter = false;
        options.CircuitBreaker.MinimumThroughput = 100;
    }

    public void Dispose() => Services.Dispose();
}
