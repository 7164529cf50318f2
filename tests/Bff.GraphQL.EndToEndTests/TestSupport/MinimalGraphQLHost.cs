using Bff.GraphQL.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bff.GraphQL.EndToEndTests.TestSupport;

/// <summary>A one-schema GraphQL service on Kestrel in a chosen environment, for tests of environment-dependent defaults.</summary>
internal sealed class MinimalGraphQLHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private MinimalGraphQLHost(WebApplication app)
    {
        this.app = app;
        Client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
    }

    public HttpClient Client { get; }

    public static async Task<MinimalGraphQLHost> StartAsync(string environment, Action<GraphQLServerBuilder> configure)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        configure(builder.Services.AddGraphQLServer());
        var app = builder.Build();
        app.MapGraphQL();
        await app.StartAsync();
        return new MinimalGraphQLHost(app);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
