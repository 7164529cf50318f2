using System.Text.RegularExpressions;

namespace Bff.Deploy.Tests.Support;

/// <summary>
/// The names under which the collector's prometheus exporter publishes an OTLP metric (its default translation, with
/// suffixes): the name's dots and other separators become underscores, the unit is appended as a word (s → seconds,
/// ms → milliseconds, By → bytes; annotations in braces such as {request} are dropped), monotonic sums end in _total,
/// and histograms are the three series _bucket, _sum and _count.
/// </summary>
public static partial class PrometheusNames
{
    private static readonly Dictionary<string, string> Units = new(StringComparer.Ordinal)
    {
        ["d"] = "days", ["h"] = "hours", ["min"] = "minutes", ["s"] = "seconds", ["ms"] = "milliseconds",
        ["us"] = "microseconds", ["ns"] = "nanoseconds", ["By"] = "bytes", ["KiBy"] = "kibibytes", ["MiBy"] = "mebibytes",
        ["%"] = "percent",
    };

    /// <summary>The series names of one metric.</summary>
    public static IEnumerable<string> Of(string name, string unit, MetricKind kind)
    {
        var tokens = NonWord().Split(name).Where(t => t.Length > 0).ToList();
        foreach (var word in UnitWords(unit, kind))
        {
            if (!tokens.Contains(word, StringComparer.Ordinal))
            {
                tokens.Add(word);
            }
        }

        var baseName = string.Join('_', tokens);
        return kind switch
        {
            MetricKind.Counter => [baseName.EndsWith("_total", StringComparison.Ordinal) ? baseName : baseName + "_total"],
            MetricKind.Histogram => [baseName + "_bucket", baseName + "_sum", baseName + "_count"],
            _ => [baseName],
        };
    }

    private static IEnumerable<string> UnitWords(string unit, MetricKind kind)
    {
        var plain = Braces().Replace(unit, "").Trim();
        if (plain.Length == 0)
        {
            yield break;
        }

        if (plain == "1")
        {
            if (kind == MetricKind.Gauge)
            {
                yield return "ratio";
            }

            yield break;
        }

        var parts = plain.Split('/', 2);
        yield return Units.GetValueOrDefault(parts[0], parts[0]);
        if (parts.Length == 2)
        {
            yield return "per";
            yield return Units.GetValueOrDefault(parts[1], parts[1]).TrimEnd('s');
        }
    }

    [GeneratedRegex("[^a-zA-Z0-9]+")]
    private static partial Regex NonWord();

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Braces();
}
