namespace Bff.GraphQL.Types;

/// <summary>CLR numbers seen as GraphQL sees numbers: one numeric domain, integral or not.</summary>
internal static class Numbers
{
    public static bool IsNumber(object value) => value is byte or sbyte or short or ushort or int or uint or long
        or ulong or float or double or decimal or Int128 or UInt128;

    /// <summary>The value as an integer when it is a number with no fractional part that fits in a long.</summary>
    public static bool TryGetIntegral(object value, out long result)
    {
        switch (value)
        {
            case byte or sbyte or short or ushort or int or uint or long:
                result = Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
                return true;
            case ulong u when u <= long.MaxValue:
                result = (long)u;
                return true;
            case double or float:
                var d = Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture);
                return TryFromDouble(d, out result);
            case decimal m when m == decimal.Truncate(m) && m >= long.MinValue && m <= long.MaxValue:
                result = (long)m;
                return true;
            default:
                result = 0;
                return false;
        }
    }

    /// <summary>The value as a double when it is a number (any CLR numeric type).</summary>
    public static bool TryGetDouble(object value, out double result)
    {
        if (IsNumber(value))
        {
            result = value switch
            {
                Int128 i => (double)i,
                UInt128 u => (double)u,
                _ => Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture),
            };
            return true;
        }

        result = 0;
        return false;
    }

    /// <summary>True when the number is integral (ulong and 128-bit values beyond long count as integral too).</summary>
    public static bool IsIntegral(object value) =>
        TryGetIntegral(value, out _) || value is ulong or Int128 or UInt128
        || (value is decimal m && m == decimal.Truncate(m));

    private static bool TryFromDouble(double d, out long result)
    {
        if (double.IsFinite(d) && d == Math.Floor(d) && d >= long.MinValue && d < 9.2233720368547758e18)
        {
            result = (long)d;
            return true;
        }

        result = 0;
        return false;
    }
}
