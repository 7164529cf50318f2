using Bff.Backends.Propagation;
using Bff.Resilience;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Bff.Backends.Registration;

/// <summary>The one registration path behind every <c>Add{Backend}Client()</c>.</summary>
internal static class BackendClientRegistration
{
    public static IHttpClientBuilder AddBackendClient<TClient, TOptions>(
        this IServiceCollection services,
        BackendClientSpec spec,
        Func<HttpClient, TClient> create,
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

        // A factory, not AddHttpClient<TClient, TImpl>(): the generated client is built without ActivatorUtilities.
        var builder = services.AddHttpClient(spec.Name)
            .ConfigureHttpClient((sp, client) => Configure(client, sp.GetRequiredService<IOptions<TOptions>>().Value))
            .AddTypedClient((http, _) => create(http))
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
        // Routes are relative ("prices/1"), so a trailing slash keeps a base path such as http://gateway/pricing/.
        var url = options.BaseUrl!.AbsoluteUri;
        client.BaseAddress = new Uri(url.EndsWith('/') ? url : url + "/");
        client.Timeout = options.Timeout;
    }
}
