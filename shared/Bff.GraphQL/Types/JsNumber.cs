using System.Globalization;

namespace Bff.GraphQL.Types;

/// <summary>JavaScript's <c>Number(string)</c>, which graphql-js applies to strings when serializing Int and Float.</summary>
internal static class JsNumber
{
    /// <summary>The number the string denotes, or null where JavaScript would give NaN.</summary>
    public static double? FromString(string value)
    {
        var trimmed = value.Trim();
        if (trimmed.Length == 0)
        {
            return 0;
        }

        const NumberStyles Style = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;
        return double.TryParse(trimmed, Style, CultureInfo.InvariantCulture, out var number) ? number : null;
    }
}
