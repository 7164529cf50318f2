using DemoBackends.Data;

namespace DemoBackends.Hosting;

/// <summary>
/// <c>DemoBackends:ProductIds</c>: how many product ids the services know (default 5000, the seeded catalog; more are
/// copies, see <see cref="DemoData.ProductIds"/>). Read once at start-up: every service of the process shares the data.
/// </summary>
internal static class ProductIdsSetting
{
    public static void Apply(IConfiguration configuration)
    {
        if (configuration.GetValue<int?>("DemoBackends:ProductIds") is { } count)
        {
            DemoData.UseProductIds(count);
        }
    }
}
