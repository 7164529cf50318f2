namespace DemoBackends.Faults;

internal static class FaultRegistration
{
    public static IServiceCollection AddFaultInjection(this IServiceCollection services, IConfiguration configuration, string serviceName)
    {
        var section = $"Faults:{serviceName}";
        var settings = configuration.GetSection(section).Get<FaultSettings>() ?? new FaultSettings();
        var errors = settings.Validate();
        if (errors.Count > 0)
        {
            // Fail fast at start-up, naming the configuration key that is wrong.
            throw new InvalidOperationException(
                $"Invalid {section}: {string.Join("; ", errors.Select(e => $"{section}:{e.Key} {string.Join(" ", e.Value)}"))}");
        }

        services.AddSingleton(new FaultState(settings));
        services.AddSingleton(new FaultDice(configuration.GetValue("Faults:Seed", 1234)));
        return services;
    }
}
