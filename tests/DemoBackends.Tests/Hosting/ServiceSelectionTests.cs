using DemoBackends.Hosting;

namespace DemoBackends.Tests.Hosting;

public sealed class ServiceSelectionTests
{
    [Fact]
    public void NoSelectionHostsAllNineServicesOnDistinctPorts()
    {
        var all = ServiceSelection.Parse(null);

        Assert.Equal(9, all.Count);
        Assert.Equal(Enumerable.Range(5201, 9), all.Select(s => s.DefaultPort));
    }

    [Fact]
    public void ACommaListSelectsASubsetCaseInsensitively()
    {
        var selected = ServiceSelection.Parse("Catalog, pricing,catalog");

        Assert.Equal(["Catalog", "Pricing"], selected.Select(s => s.Name));
    }

    [Fact]
    public void AnUnknownServiceNameFailsWithTheKnownNames()
    {
        var error = Assert.Throws<ArgumentException>(() => ServiceSelection.Parse("catalog,payments"));

        Assert.Contains("payments", error.Message, StringComparison.Ordinal);
        Assert.Contains("notifications", error.Message, StringComparison.Ordinal);
    }
}
