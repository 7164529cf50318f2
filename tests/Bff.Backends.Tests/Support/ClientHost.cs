using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bff.Backends.Tests.Support;

/// <summary>
/// A service provider wired like a BFF: configuration, the client registrations under test, and an
/// IHttpContextAccessor whose current request the test controls (the "incoming" request of the BFF).
/// </summary>
public sealed class ClientHost : IAsyncDisposable
{
    private readonly ServiceProvider provider;

    private ClientHost(ServiceProvider provider) => this.provider = provider;

    public IServiceProvider Services => provider;

    public static ClientHost Create(IDictionary<string, string?> settings, Action<IServiceCollection, IConfiguration> register)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        register(services, configuration);
        return new ClientHost(services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true }));
    }

    public T Get<T>()
        where T : notnull => provider.GetRequiredService<T>();

    /// <summary>Makes the BFF look like it is serving a request that carries these headers.</summary>
    public void IncomingRequest(params (string Name, string Value)[] headers)
    {
        var context = new DefaultHttpContext();
        foreach (var (name, value) in headers)
        {
            context.Request.Headers[name] = value;
        }

        Get<IHttpContextAccessor>().HttpContext = context;
    }

    public ValueTask DisposeAsync()
    {
        // The accessor's AsyncLocal would otherwise leak the fake request into the next test on this thread.
        Get<IHttpContextAccessor>().HttpContext = null;
        return provider.DisposeAsync();
    }
}
