using Bff.GraphQL.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bff.GraphQL.EndToEndTests.TestSupport;

/// <summary>
/// A GraphQL service in Production on Kestrel at 127.0.0.1 on a free port, with a <see cref="RequestRecorder"/> in
/// front of it, for tests of what a real client sends.
/// </summary>
internal sealed class RecordingGraphQLHost : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly RequestRecorder recorder;

    private RecordingGraphQLHost(WebApplication app)
    {
        this.app = app;
        recorder = app.Services.GetRequiredService<RequestRecorder>();
        Endpoint = new Uri(new Uri(app.Urls.First()), "/graphql");
    }

    /// <summary>The GraphQL endpoint, e.g. <c>http://127.0.0.1:40123/graphql</c>.</summary>
    public Uri Endpoint { get; }

    /// <summary>The requests the service saw so far, in the order they completed.</summary>
    public IReadOnlyList<RecordedRequest> Requests => recorder.Requests;

    public static async Task<RecordingGraphQLHost> StartAsync(Action<GraphQLServerBuilder> configure)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        RequestRecorder.AddRequestRecorder(builder.Services);
        configure(builder.Services.AddGraphQLServer());
        var app = builder.Build();
        app.MapGraphQL();
        await app.StartAsync();
        return new RecordingGraphQLHost(app);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
