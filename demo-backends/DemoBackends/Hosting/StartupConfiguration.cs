namespace DemoBackends.Hosting;

/// <summary>
/// What the process reads before any service is built (which services, how many product ids): appsettings.json, the
/// environment and the command line, in the order a WebApplication reads them.
/// </summary>
internal static class StartupConfiguration
{
    public static IConfiguration From(string[] args) => new ConfigurationBuilder()
        .SetBasePath(AppContext.BaseDirectory)
        .AddJsonFile("appsettings.json", optional: true)
        .AddEnvironmentVariables()
        .AddCommandLine(args)
        .Build();
}
