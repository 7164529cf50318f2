using Bff.Resilience.Observability;
using Bff.Resilience.Options;
using Bff.Resilience.Pipeline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Polly.Telemetry;

namespace Bff.Resilience;

/// <summary>Attaches the backend resilience handler (<c>Microsoft.Extensions.Http.Resilience</c>) to an HTTP client.</summary>
public static class BackendResilienceExtensions
{
    /// <summary>
    /// Adds one resilience handler through the package's <c>AddResilienceHandler</c> (pipeline
    /// <c>{httpClientName}-backend</c>): request deadline, bulkhead, total timeout, retry (or opt-in hedging), circuit
    /// breaker and attempt timeout for <paramref name="backendName"/>. Options come from <c>Resilience:Defaults</c>, then
    /// <c>Resilience:Backends:{backendName}</c>, then <paramref name="configure"/>, and are validated at start-up. Calls
    /// it refuses throw <see cref="BackendUnavailableException"/>. A backend name belongs to one HTTP client.
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

        options.PostConfigure<IServiceProvider>((o, sp) => BackendPipeline.Prepare(o, backendName, sp)).ValidateOnStart();
        builder.AddResilienceHandler(BackendPipeline.Identifier, (pipeline, context) => BackendPipeline.Configure(pipeline, context, backendName));
        return builder;
    }

    private static void Bind(BackendResilienceOptions options, IConfiguration? configuration, string backendName)
    {
        if (configuration is null)
        {
            return;
        }

        foreach (var section in (ReadOnlySpan<IConfigurationSection>)[
            configuration.GetSection(BackendResilienceOptions.DefaultsSection),
            configuration.GetSection($"{BackendResilienceOptions.BackendsSection}:{backendName}")])
        {
            RenamedKeys.ThrowIfUsed(section);
            section.Bind(options);
        }
    }

    private static void AddCoreServices(IServiceCollection services)
    {
        services.AddMetrics();
        services.AddHttpContextAccessor();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IRequestDeadlineAccessor, HttpContextRequestDeadlineAccessor>();
        services.TryAddSingleton<CircuitStateRegistry>();
        services.TryAddSingleton<ICircuitStateProvider>(sp => sp.GetRequiredService<CircuitStateRegistry>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<TelemetryOptions>, AddBackendUnavailableEnricher>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<TelemetryOptions>, PerCallEventsAtInformation>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BackendResilienceOptions>, BackendResilienceOptionsValidator>());
    }
}
