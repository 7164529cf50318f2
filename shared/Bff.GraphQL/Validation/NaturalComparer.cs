namespace Bff.GraphQL.Validation;

/// <summary>graphql-js's <c>naturalCompare</c>: runs of digits compare by value, so "field2" sorts before "field10".</summary>
internal sealed class NaturalComparer : IComparer<string>
{
    public static readonly NaturalComparer Instance = new();

    public int Compare(string? x, string? y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        int i = 0, j = 0;
        while (i < x.Length && j < y.Length)
        {
            if (char.IsAsciiDigit(x[i]) && char.IsAsciiDigit(y[j]))
            {
                var a = ReadNumber(x, ref i);
                var b = ReadNumber(y, ref j);
                if (a != b)
                {
                    return a < b ? -1 : 1;
                }
            }
            else
            {
                if (x[i] != y[j])
                {
                    return x[i] < y[j] ? -1 : 1;
                }

                i++;
                j++;
            }
        }

        return x.Length.CompareTo(y.Length);
    }

    // As graphql-js: a leading zero ends the number ("0" then the rest compares as text), and long runs may lose precision.
    private static double ReadNumber(string s, ref int index)
    {
        double value = 0;
        do
        {
            value = (value * 10) + (s[index] - '0');
            index++;
        }
        while (index < s.Length && char.IsAsciiDigit(s[index]) && value > 0);
        return value;
    }
}
