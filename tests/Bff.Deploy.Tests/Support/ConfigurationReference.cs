using System.Text.RegularExpressions;

namespace Bff.Deploy.Tests.Support;

/// <summary>
/// The configuration reference of the top README.md: every table under <c>## Configuration</c> with the columns
/// <c>key | default | bff-mobile | bff-web | what it does</c>, one key per row.
/// </summary>
public static partial class ConfigurationReference
{
    /// <summary>One row: the key as written and as a catalogue pattern, and its cells as written.</summary>
    public sealed record Row(string Key, string Pattern, string Default, string Mobile, string Web);

    private const string Header = "| key | default | bff-mobile | bff-web | what it does |";

    /// <summary>The rows of the committed README.md.</summary>
    public static IReadOnlyList<Row> Rows { get; } = Parse(File.ReadAllText(Repository.PathOf("README.md")));

    /// <summary>The rows of the reference in <paramref name="markdown"/>.</summary>
    public static IReadOnlyList<Row> Parse(string markdown)
    {
        var lines = markdown.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var start = lines.IndexOf("## Configuration");
        if (start < 0)
        {
            throw new InvalidOperationException("README.md has no '## Configuration' section.");
        }

        var rows = new List<Row>();
        var inTable = false;
        foreach (var line in lines.Skip(start + 1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal)))
        {
            if (line == Header)
            {
                inTable = true;
            }
            else if (!line.StartsWith('|'))
            {
                inTable = false;
            }
            else if (inTable && !line.StartsWith("| ---", StringComparison.Ordinal))
            {
                rows.Add(ParseRow(line));
            }
        }

        return rows;
    }

    /// <summary>A cell's text when it is one code span (<c>`00:00:30`</c>), else null: prose that is not read mechanically.</summary>
    public static string? Literal(string cell) => LiteralPattern().Match(cell) is { Success: true } m ? m.Groups[1].Value : null;

    private static Row ParseRow(string line)
    {
        // Cells are split on pipes outside code spans; none of ours holds an escaped pipe.
        var cells = line.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray();
        if (cells.Length != 5 || Literal(cells[0]) is not { } key)
        {
            throw new InvalidOperationException($"Not a reference row (five cells, the key in backticks): {line}");
        }

        var pattern = string.Join(':', key.Split(':').Select(s => s switch
        {
            "{n}" => "#",
            ['{', .., '}'] => "*",
            _ => s,
        }));
        return new Row(key, pattern, cells[1], cells[2], cells[3]);
    }

    [GeneratedRegex("^`([^`]*)`$")]
    private static partial Regex LiteralPattern();
}
