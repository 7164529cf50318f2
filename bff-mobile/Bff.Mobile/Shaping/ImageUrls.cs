using Bff.Backends.Catalog;

namespace Bff.Mobile.Shaping;

/// <summary>Picks the image a phone should download: enough pixels for its screen, no more.</summary>
internal static class ImageUrls
{
    public const int MaxWidth = 4000;
    public const double MaxDensity = 4;

    /// <summary>
    /// The URL of the smallest variant of the product's first image that is at least
    /// <paramref name="width"/> × <paramref name="density"/> pixels wide, else its largest; null without images.
    /// </summary>
    public static string? Pick(Product product, int width, double density)
    {
        var variants = product.Images.Count > 0 ? product.Images[0].Variants : [];
        if (variants.Count == 0)
        {
            return null;
        }

        var needed = (int)Math.Ceiling(width * density);
        var wideEnough = variants.Where(v => v.Width >= needed).MinBy(v => v.Width);
        return (wideEnough ?? variants.MaxBy(v => v.Width))!.Url;
    }
}
