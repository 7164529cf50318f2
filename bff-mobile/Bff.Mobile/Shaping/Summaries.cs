namespace Bff.Mobile.Shaping;

/// <summary>Descriptions cut for a list cell or a product header.</summary>
internal static class Summaries
{
    public const int MinLength = 20;
    public const int MaxLength = 1000;
    private const string Ellipsis = "…";

    /// <summary>
    /// <paramref name="text"/> when it fits in <paramref name="maxLength"/> characters; otherwise its words that fit
    /// with the ellipsis, or the first word cut hard when even that is too long. Never longer than <paramref name="maxLength"/>.
    /// </summary>
    public static string Cut(string text, int maxLength)
    {
        text = text.Trim();
        if (text.Length <= maxLength)
        {
            return text;
        }

        var room = maxLength - Ellipsis.Length;
        // The character after the room decides: a space there means the room ends on a whole word.
        var end = char.IsWhiteSpace(text[room]) ? room : text.LastIndexOf(' ', room - 1);
        var cut = (end > 0 ? text[..end] : text[..room]).TrimEnd(' ', ',', ';', ':', '-', '.');
        return cut + Ellipsis;
    }
}
