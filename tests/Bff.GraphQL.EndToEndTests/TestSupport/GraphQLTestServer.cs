using Bff.GraphQL.Server;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bff.GraphQL.EndToEndTests.TestSupport;

/// <summary>
/// The test server (tests/Bff.GraphQL.TestServer) on Kestrel at 127.0.0.1 on a free port: requests cross a real
/// socket, so disconnects, body limits and framing behave as in production. Each instance has its own catalog.
/// </summary>
public sealed class GraphQLTestServer : WebApplicationFactory<Program>
{
    private readonly Action<GraphQLServerOptions>? configureOptions;
    private readonly Action<IServiceCollection>? configureServices;

    public GraphQLTestServer()
        : this(null)
    {
    }

    internal GraphQLTestServer(Action<GraphQLServerOptions>? configureOptions, Action<IServiceCollection>? configureServices = null)
    {
        this.configureOptions = configureOptions;
        this.configureServices = configureServices;
        UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);
        Endpoint = new Uri(BaseAddress, "/graphql");
        Client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    /// <summary>The server's root, e.g. <c>http://127.0.0.1:40123/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The GraphQL endpoint.</summary>
    public Uri Endpoint { get; }

    /// <summary>A plain client over the socket (no test handler in between).</summary>
    public HttpClient Client { get; }

    /// <summary>A singleton of the server, e.g. its <c>TestProbes</c>.</summary>
    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        builder.ConfigureServices(services =>
        {
            if (configureOptions is not null)
            {
                services.Configure(configureOptions);
            }

            configureServices?.Invoke(services);
        });
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Client.Dispose();
        }

        base.Dispose(disposing);
    }
}
