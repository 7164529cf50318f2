using System.Collections;
using System.Globalization;

namespace Bff.GraphQL.Types;

/// <summary>Renders values in error messages the way graphql-js's <c>inspect</c> does.</summary>
internal static class Inspect
{
    public static string Value(object? value) => value switch
    {
        null => "null",
        string s => ValuePrinting.PrintString(s),
        char c => ValuePrinting.PrintString(c.ToString()),
        bool b => b ? "true" : "false",
        double d => Number(d),
        float f => Number(f),
        IFormattable n when Numbers.IsNumber(n) => n.ToString(null, CultureInfo.InvariantCulture),
        IDictionary<string, object?> map => Map(map),
        IReadOnlyDictionary<string, object?> map => Map(map),
        IEnumerable items => "[" + string.Join(", ", items.Cast<object?>().Select(Value)) + "]",
        _ => value.ToString() ?? value.GetType().Name,
    };

    /// <summary>A double as JavaScript prints a number: integral values without a fraction.</summary>
    public static string Number(double value) => value switch
    {
        double.NaN => "NaN",
        double.PositiveInfinity => "Infinity",
        double.NegativeInfinity => "-Infinity",
        _ => value.ToString("R", CultureInfo.InvariantCulture).Replace("E", "e", StringComparison.Ordinal),
    };

    private static string Map(IEnumerable<KeyValuePair<string, object?>> map)
    {
        var parts = map.Select(p => $"{p.Key}: {Value(p.Value)}").ToList();
        return parts.Count == 0 ? "{}" : "{ " + string.Join(", ", parts) + " }";
    }
}
