using System.Text.RegularExpressions;

namespace Bff.Deploy.Tests.Support;

/// <summary>The metric names a PromQL expression selects (not its functions, keywords, label names or values).</summary>
public static partial class PromQl
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "by", "without", "on", "ignoring", "group_left", "group_right", "bool", "and", "or", "unless", "offset", "inf", "nan",
    };

    /// <summary>Every metric name in <paramref name="expression"/>.</summary>
    public static IReadOnlyList<string> MetricNames(string expression)
    {
        var text = Strings().Replace(expression, "\"\"");
        text = Selectors().Replace(text, " ");
        text = Ranges().Replace(text, " ");
        text = Grouping().Replace(text, " ");
        text = Variables().Replace(text, " ");
        return Identifier().Matches(text)
            .Where(m => !text[(m.Index + m.Length)..].TrimStart().StartsWith('('))
            .Select(m => m.Value)
            .Where(name => !Keywords.Contains(name.ToLowerInvariant()))
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    [GeneratedRegex("\"(?:[^\"\\\\]|\\\\.)*\"")]
    private static partial Regex Strings();

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Selectors();

    [GeneratedRegex(@"\[[^\]]*\]")]
    private static partial Regex Ranges();

    [GeneratedRegex(@"\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)")]
    private static partial Regex Grouping();

    [GeneratedRegex(@"\$\w+")]
    private static partial Regex Variables();

    [GeneratedRegex(@"(?<![\w.])[a-zA-Z_:][a-zA-Z0-9_:]*")]
    private static partial Regex Identifier();
}
