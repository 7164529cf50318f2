using System.Globalization;

namespace Bff.Aggregator;

/// <summary>bff-mobile's shaping rules (its Product.imageUrl, summary and DateTime), written out for the aggregator.</summary>
internal static class Shaping
{
    private const string Ellipsis = "…";

    /// <summary>The first image's narrowest variant at least width × density pixels wide, else its widest; null without one.</summary>
    public static string? ImageUrl(Product product, int width, double density)
    {
        if (product.Images.Count == 0 || product.Images[0].Variants.Count == 0)
        {
            return null;
        }

        var variants = product.Images[0].Variants;
        var needed = (int)Math.Ceiling(width * density);
        return (variants.Where(v => v.Width >= needed).MinBy(v => v.Width) ?? variants.MaxBy(v => v.Width))!.Url;
    }

    /// <summary>The description when it fits; else the whole words that fit before an ellipsis (the first word cut when none does).</summary>
    public static string Summary(string description, int maxLength)
    {
        var text = description.Trim();
        if (text.Length <= maxLength)
        {
            return text;
        }

        var room = maxLength - Ellipsis.Length;
        var end = char.IsWhiteSpace(text[room]) ? room : text.LastIndexOf(' ', room - 1);
        return (end > 0 ? text[..end] : text[..room]).TrimEnd(' ', ',', ';', ':', '-', '.') + Ellipsis;
    }

    /// <summary>The BFFs' DateTime: UTC, ISO 8601 with milliseconds.</summary>
    public static string Instant(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
