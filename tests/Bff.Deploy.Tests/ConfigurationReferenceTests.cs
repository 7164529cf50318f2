using System.Globalization;
using Bff.Deploy.Tests.Support;
using static Bff.Deploy.Tests.Support.ConfigurationReference;

namespace Bff.Deploy.Tests;

/// <summary>
/// The top README's configuration reference against the code: the same keys as the options types bind (the catalogue
/// the compose and manifest tests use), the defaults those types start with, and what each BFF's appsettings.json sets.
/// </summary>
public sealed class ConfigurationReferenceTests
{
    // Defaults the reference writes as prose, with why no literal can be compared. Framework keys (ASP.NET Core,
    // Kestrel, OTEL_*) have no options type, so their defaults are not compared either.
    private static readonly Dictionary<string, string> ProseDefaults = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Redis:Configuration"] = "the options class falls back to localhost:6379, but without the key no connection is registered at all",
        ["Serilog:MinimumLevel:Override:{prefix}"] = "the defaults are entries the options class starts with, not one value",
    };

    [Fact]
    public void Every_key_the_code_binds_is_in_the_reference()
    {
        var missing = ConfigurationKeys.FromCode.Patterns.Where(p => !Rows.Any(r => Covers(r.Pattern, p))).ToList();

        Assert.True(missing.Count == 0, "Not in README.md's Configuration: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_key_in_the_reference_is_bound_by_the_code_and_listed_once()
    {
        var unbound = Rows.Where(r => !ConfigurationKeys.FromCode.Patterns.Any(p => Covers(r.Pattern, p))).Select(r => r.Key).ToList();

        Assert.True(unbound.Count == 0, "Bound by no code: " + string.Join(", ", unbound));
        Assert.Equal(Rows.Count, Rows.Select(r => r.Pattern).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.True(Rows.Count > 100);
    }

    [Fact]
    public void Every_default_written_is_the_default_of_the_options_type()
    {
        var wrong = new List<string>();
        foreach (var row in Rows.Where(r => !ProseDefaults.ContainsKey(r.Key)))
        {
            var bound = ConfigurationKeys.Defaults.Where(d => Covers(row.Pattern, d.Key)).ToList();
            wrong.AddRange(bound.Where(d => !DefaultMatches(row, d.Key, d.Value)).Select(d => $"{row.Key}: written {row.Default}, code {Show(d.Value)}"));
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Theory]
    [InlineData("bff-mobile/Bff.Mobile", "mobile")]
    [InlineData("bff-web/Bff.Web", "web")]
    public void The_bff_columns_are_what_each_bffs_appsettings_json_sets(string project, string column)
    {
        var settings = AppSettings.OfFile(Repository.PathOf(project, "appsettings.json"));
        var wrong = new List<string>();
        foreach (var row in Rows)
        {
            var cell = column == "mobile" ? row.Mobile : row.Web;
            var set = settings.Where(s => Matches(row.Pattern, s.Key)).Select(s => s.Value).ToList();
            var agrees = cell switch
            {
                "" => set.Count == 0,
                "empty" => set.Count > 0 && set.All(v => v.Length == 0),
                // Several values in one cell ("`…5201` … `5209`") are prose: only that the file sets the key is checked.
                // JSON's true/false reach configuration as True/False: the binder reads either.
                _ => set.Count > 0 && (Literal(cell) is not { } literal || set.All(v => string.Equals(v, literal, StringComparison.OrdinalIgnoreCase))),
            };
            if (!agrees)
            {
                wrong.Add($"{row.Key}: written '{cell}', {project}/appsettings.json sets [{string.Join(", ", set)}]");
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void A_row_reads_its_key_as_a_pattern_and_its_cells_as_written()
    {
        var rows = Parse("## Configuration\n\n| key | default | bff-mobile | bff-web | what it does |\n| --- | --- | --- | --- | --- |\n"
            + "| `Backends:{Backend}:Timeout` | `00:01:00` |  | `00:00:05` | bound |\n| `Cors:AllowedOrigins:{n}` | empty | | | list |\n\n## Next\n| `x` | | | | |\n");

        Assert.Equal(
            [new Row("Backends:{Backend}:Timeout", "Backends:*:Timeout", "`00:01:00`", "", "`00:00:05`"), new Row("Cors:AllowedOrigins:{n}", "Cors:AllowedOrigins:#", "empty", "", "")],
            rows);
        Assert.True(Covers("Backends:*:Timeout", "Backends:Catalog:Timeout"));
        Assert.False(Covers("Backends:*:Timeout", "Backends:Catalog:BaseUrl"));
        Assert.False(Covers("Cors:AllowedOrigins:*", "Cors:AllowedOrigins:#"));
    }

    // A reference pattern covers a catalogue pattern: '*' covers any name (or the catalogue's own '*'), '#' an index.
    private static bool Covers(string reference, string code)
    {
        var (a, b) = (reference.Split(':'), code.Split(':'));
        return a.Length == b.Length && a.Zip(b).All(s => s.First == "*" ? s.Second != "#" : string.Equals(s.First, s.Second, StringComparison.OrdinalIgnoreCase));
    }

    // A reference pattern matches a concrete key of a settings file.
    private static bool Matches(string reference, string key)
    {
        var (a, b) = (reference.Split(':'), key.Split(':'));
        return a.Length == b.Length && a.Zip(b).All(s => s.First switch
        {
            "*" => s.Second.Length > 0,
            "#" => s.Second.Length > 0 && s.Second.All(char.IsAsciiDigit),
            _ => string.Equals(s.First, s.Second, StringComparison.OrdinalIgnoreCase),
        });
    }

    private static bool DefaultMatches(Row row, string pattern, object? value)
    {
        if (row.Default == "empty")
        {
            // A list's entries are unset; the list itself would be in Defaults had it started with entries.
            return value is null && !ConfigurationKeys.Defaults.ContainsKey(pattern[..pattern.LastIndexOf(':')]);
        }

        if (row.Default == "unset" || row.Default.StartsWith("unset:", StringComparison.Ordinal) || row.Default.StartsWith("unset (", StringComparison.Ordinal))
        {
            return value is null or "";
        }

        return Literal(row.Default) is { } literal && value is not null && Equal(literal, value);
    }

    private static bool Equal(string literal, object value) => value switch
    {
        TimeSpan t => TimeSpan.TryParse(literal, CultureInfo.InvariantCulture, out var parsed) && parsed == t,
        bool b => bool.TryParse(literal, out var parsed) && parsed == b,
        Enum e => Enum.TryParse(e.GetType(), literal, ignoreCase: false, out var parsed) && parsed.Equals(e),
        string s => literal == s,
        IConvertible n => double.TryParse(literal, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed)
            && Math.Abs(parsed - n.ToDouble(CultureInfo.InvariantCulture)) < 1e-6,
        _ => false,
    };

    private static string Show(object? value) => value is null ? "unset" : Convert.ToString(value, CultureInfo.InvariantCulture)!;
}
