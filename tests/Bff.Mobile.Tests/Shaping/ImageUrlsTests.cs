using Bff.Backends.Catalog;
using Bff.Mobile.Shaping;

namespace Bff.Mobile.Tests.Shaping;

public sealed class ImageUrlsTests
{
    private static readonly Product Product = new("1", "Lamp", "A lamp.", "Acme", "c-01",
        [new ProductImage("front", [
            new ImageVariant("large", 1200, 1200, "https://img/large"),
            new ImageVariant("thumb", 160, 160, "https://img/thumb"),
            new ImageVariant("medium", 600, 600, "https://img/medium"),
        ])], []);

    [Theory]
    [InlineData(100, 1, "https://img/thumb")]
    [InlineData(160, 1, "https://img/thumb")]
    [InlineData(161, 1, "https://img/medium")]
    [InlineData(160, 2, "https://img/medium")]
    [InlineData(300, 3, "https://img/large")]
    [InlineData(400, 3, "https://img/large")]
    public void PicksTheSmallestVariantAtLeastWidthTimesDensityElseTheLargest(int width, double density, string expected) =>
        Assert.Equal(expected, ImageUrls.Pick(Product, width, density));

    [Fact]
    public void AProductWithoutImagesHasNoUrl() =>
        Assert.Null(ImageUrls.Pick(Product with { Images = [] }, 300, 2));
}
