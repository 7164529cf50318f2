using DemoBackends.Catalog;
using DemoBackends.Data;
using DemoBackends.Pricing;

namespace DemoBackends.Tests.Data;

public sealed class DemoDataTests
{
    private static readonly DemoData Data = DemoData.Shared;

    [Fact]
    public void TheDataSetHasThousandsOfProductsTensOfThousandsOfReviewsAndAHundredUsersWithOrders()
    {
        Assert.Equal(5_000, Data.Catalog.Products.Count);
        Assert.True(Data.Reviews.TotalCount >= 30_000, $"{Data.Reviews.TotalCount} reviews");
        Assert.Equal(100, Data.Users.All.Count);
        Assert.All(Data.Users.All, u => Assert.NotEmpty(Data.Orders.ForUser(u.Id)));
    }

    [Fact]
    public void GeneratingAgainFromTheSameSeedGivesTheSameValues()
    {
        var again = CatalogGenerator.Generate(DemoData.NewFaker(1));
        var pricesAgain = PriceGenerator.Generate(DemoData.NewFaker(2));

        foreach (var id in new[] { "1", "777", "5000" })
        {
            Assert.Equal(Data.Catalog.Find(id)!.Name, again.Find(id)!.Name);
            Assert.Equal(Data.Catalog.Find(id)!.Brand, again.Find(id)!.Brand);
            Assert.Equal(Data.Prices.Find(id), pricesAgain.Find(id));
        }
    }

    [Fact]
    public void KnownIdsKeepTheirValuesAcrossReleasesSoDemosAndSnapshotsStayValid()
    {
        // Pinned from the first generation: a change here means every demo and BFF snapshot changes too.
        Assert.Equal("Handcrafted Metal Chips", Data.Catalog.Find("1")!.Name);
        Assert.Equal(434.39m, Data.Prices.Find("1")!.Amount);
        Assert.Equal("u-001", Data.Users.Find("u-001")!.Id);
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData("5000", true)]
    [InlineData("0", false)]
    [InlineData("5001", false)]
    [InlineData("01", false)]
    [InlineData("+1", false)]
    [InlineData("p-1", false)]
    public void ProductIdsAreTheNumbersOneToFiveThousandWrittenPlainly(string id, bool known) =>
        Assert.Equal(known, DemoData.TryProductIndex(id, out _));

    [Theory]
    [InlineData(4_999)]
    [InlineData(DemoData.MaxProductIds + 1)]
    public void AProductIdsSettingOutsideItsRangeFailsNamingTheKeyAndChangesNothing(int count)
    {
        var before = DemoData.ProductIds;
        var failure = Assert.Throws<InvalidOperationException>(() => DemoData.UseProductIds(count));
        Assert.Contains("DemoBackends:ProductIds", failure.Message, StringComparison.Ordinal);
        Assert.Equal(before, DemoData.ProductIds);
    }
}
