using StackExchange.Redis;

namespace DemoBackends.Events;

/// <summary>Registers the <see cref="EventBus"/> over <c>Events:Redis</c> (a StackExchange.Redis configuration string).</summary>
internal static class EventsRegistration
{
    public static IServiceCollection AddDemoEvents(this IServiceCollection services, IConfiguration configuration)
    {
        var connection = configuration["Events:Redis"];
        services.AddSingleton(sp => new EventBus(
            string.IsNullOrWhiteSpace(connection) ? null : Connect(connection),
            sp.GetRequiredService<ILogger<EventBus>>()));
        return services;
    }

    private static ConnectionMultiplexer Connect(string connection)
    {
        var options = ConfigurationOptions.Parse(connection);
        // Start even when Redis is not up yet (compose starts both at once); the multiplexer reconnects by itself.
        options.AbortOnConnectFail = false;
        return ConnectionMultiplexer.Connect(options);
    }
}
