using Bff.Resilience.Http;
using Bff.Resilience.Observability;
using Bff.Resilience.Options;
using Bff.Resilience.Pipeline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bff.Resilience;

/// <summary>Attaches the backend resilience pipeline to an HTTP client, like <c>AddStandardResilienceHandler()</c>.</summary>
public static class BackendResilienceExtensions
{
    /// <summary>
    /// Adds bulkhead, total timeout, retry (or opt-in hedging), circuit breaker and attempt timeout for
    /// <paramref name="backendName"/>, bounded by the current request's deadline. Options come from
    /// <c>Resilience:Defaults</c>, then <c>Resilience:Backends:{backendName}</c>, then <paramref name="configure"/>,
    /// and are validated at start-up. Calls it refuses throw <see cref="BackendUnavailableException"/>.
    /// </summary>
    public static IHttpClientBuilder AddBackendResilienceHandler(
        this IHttpClientBuilder builder, string backendName, Action<BackendResilienceOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(backendName);
        var services = builder.Services;
        AddCoreServices(services);
        services.AddSingleton(new BackendRegistration(backendName));

        var options = services.AddOptions<BackendResilienceOptions>(backendName)
            .Configure<IServiceProvider>((o, sp) => Bind(o, sp.GetService<IConfiguration>(), backendName));
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        builder.AddHttpMessageHandler(sp => new BackendResilienceHandler(
            sp.GetRequiredService<BackendPipelineRegistry>().Get(backendName),
            sp.GetRequiredService<IRequestDeadlineAccessor>(),
            sp.GetRequiredService<ResilienceMetrics>(),
            sp.GetRequiredService<ILoggerFactory>().CreateLogger(ResilienceLog.Category)));
        return builder;
    }

    private static void Bind(BackendResilienceOptions options, IConfiguration? configuration, string backendName)
    {
        if (configuration is null)
        {
            return;
        }

        configuration.GetSection(BackendResilienceOptions.DefaultsSection).Bind(options);
        configuration.GetSection($"{BackendResilienceOptions.BackendsSection}:{backendName}").Bind(options);
    }

    private static void AddCoreServices(IServiceCollection services)
    {
        services.AddLogging();
        services.AddMetrics();
        services.AddHttpContextAccessor();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IRequestDeadlineAccessor, HttpContextRequestDeadlineAccessor>();
        services.TryAddSingleton<ResilienceMetrics>();
        services.TryAddSingleton<ResilienceTelemetryListener>();
        services.TryAddSingleton<BackendPipelineRegistry>();
        services.TryAddSingleton<ICircuitStateProvider, CircuitStateRegistry>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BackendResilienceOptions>, BackendResilienceOptionsValidator>());
    }
}
