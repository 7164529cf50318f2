namespace DemoBackends.Hosting;

/// <summary>Which services this process hosts: <c>--services catalog,pricing</c> or <c>DemoBackends:Services</c>.</summary>
internal static class ServiceSelection
{
    public static IReadOnlyList<DemoService> FromArgs(string[] args)
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(args)
            .Build();
        return Parse(configuration["services"] ?? configuration["DemoBackends:Services"]);
    }

    public static IReadOnlyList<DemoService> Parse(string? list)
    {
        if (string.IsNullOrWhiteSpace(list) || list.Trim() == "all")
        {
            return DemoServices.All;
        }

        return list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(DemoServices.Find)
            .Distinct()
            .ToList();
    }
}
