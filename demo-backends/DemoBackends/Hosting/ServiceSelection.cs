namespace DemoBackends.Hosting;

/// <summary>Which services this process hosts: <c>--services catalog,pricing</c> or <c>DemoBackends:Services</c>.</summary>
internal static class ServiceSelection
{
    public static IReadOnlyList<DemoService> From(IConfiguration configuration) =>
        Parse(configuration["services"] ?? configuration["DemoBackends:Services"]);

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
