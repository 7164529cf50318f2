using DemoBackends.Data;

namespace DemoBackends.Hosting;

/// <summary>One demo microservice: its name (also its configuration key), default port and API.</summary>
internal sealed record DemoService(
    string Name,
    int DefaultPort,
    bool UserScoped,
    Action<IServiceCollection, IConfiguration> AddServices,
    Action<IEndpointRouteBuilder> MapApi,
    Action<DemoData> WarmUp);
