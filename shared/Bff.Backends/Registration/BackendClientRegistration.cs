using System.Text.Json.Serialization;
using Bff.Backends.Http;
using Bff.Backends.Propagation;
using Bff.Resilience;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Refit;

namespace Bff.Backends.Registration;

/// <summary>The one registration path behind every <c>Add{Backend}Client()</c>.</summary>
internal static class BackendClientRegistration
{
    public static IHttpClientBuilder AddBackendClient<TClient, TOptions>(
        this IServiceCollection services,
        BackendClientSpec spec,
        JsonSerializerContext json,
        IConfiguration? configuration,
        Action<BackendResilienceOptions>? configureResilience)
        where TClient : class
        where TOptions : BackendClientOptions
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddHttpContextAccessor();
        services.AddOptions<TOptions>()
            .Configure<IServiceProvider>((options, sp) => (configuration ?? sp.GetService<IConfiguration>())?.GetSection(spec.Section).Bind(options))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>>(new BackendClientOptionsValidator<TOptions>(spec.Section)));

        // The generated-only registration: Refit's source-generated client, no reflection request builder.
        var settings = BackendRefitSettings.Create(spec.Name, json);
        var nullOn404 = NotFoundAsNullHandler.MethodsOf<TClient>();
        var builder = services.AddRefitGeneratedClient<TClient>(_ => settings, spec.Name)
            .ConfigureHttpClient((sp, client) => Configure(client, sp.GetRequiredService<IOptions<TOptions>>().Value))
            .ConfigurePrimaryHttpMessageHandler((handler, sp) => BackendCertificates.Apply(handler, sp.GetRequiredService<IOptions<TOptions>>().Value, spec.Section))
            .AddHttpMessageHandler(sp => new RouteGuardHandler(() => sp.GetRequiredService<IOptions<TOptions>>().Value.BaseUrl))
            .AddHttpMessageHandler(() => new NotFoundAsNullHandler(nullOn404))
            .AddHttpMessageHandler(() => new BackendActivityHandler(spec.Name))
            .AddHttpMessageHandler(sp => new CorrelationIdHandler(sp.GetRequiredService<IHttpContextAccessor>()));
        if (spec.UserScoped)
        {
            // Only user-scoped backends see the caller's token; public ones must not receive it.
            builder.AddHttpMessageHandler(sp => new AuthorizationForwardingHandler(sp.GetRequiredService<IHttpContextAccessor>()));
        }

        return builder.AddBackendResilienceHandler(spec.Name, configureResilience);
    }

    private static void Configure(HttpClient client, BackendClientOptions options)
    {
        // Refit puts the base URL's path before each route ("/prices/1"), so http://gateway/pricing keeps its prefix.
        var url = options.BaseUrl!.AbsoluteUri;
        client.BaseAddress = new Uri(url.EndsWith('/') ? url : url + "/");
        client.Timeout = options.Timeout;
    }
}
