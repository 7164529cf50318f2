using System.Buffers;
using System.Text;

namespace Bff.GraphQL.Language;

/// <summary>The block string algorithms of the specification, as graphql-js 16 implements them.</summary>
internal static class BlockString
{
    /// <summary>
    /// The specification's <c>BlockStringValue()</c> applied to the raw text between the triple quotes: resolves
    /// <c>\"""</c>, splits lines at <c>\r\n</c>, <c>\n</c> and <c>\r</c>, removes the common indentation of all lines
    /// but the first, drops leading and trailing blank lines and joins with <c>\n</c>.
    /// </summary>
    public static string Dedent(ReadOnlySpan<char> raw)
    {
        // Line ranges [start, end) in raw.
        Span<(int Start, int End)> small = stackalloc (int, int)[32];
        (int Start, int End)[]? rented = null;
        Span<(int Start, int End)> lines = small;
        int count = 0;
        int lineStart = 0;
        for (int i = 0; ; )
        {
            int rel = i < raw.Length ? raw[i..].IndexOfAny('\n', '\r') : -1;
            int end = rel < 0 ? raw.Length : i + rel;
            if (count == lines.Length)
            {
                var bigger = ArrayPool<(int, int)>.Shared.Rent(lines.Length * 2);
                lines.CopyTo(bigger);
                if (rented is not null)
                {
                    ArrayPool<(int, int)>.Shared.Return(rented);
                }

                rented = bigger;
                lines = bigger;
            }

            lines[count++] = (lineStart, end);
            if (rel < 0)
            {
                break;
            }

            i = end + (raw[end] == '\r' && end + 1 < raw.Length && raw[end + 1] == '\n' ? 2 : 1);
            lineStart = i;
        }

        int commonIndent = int.MaxValue;
        int first = -1;
        int last = -1;
        for (int i = 0; i < count; i++)
        {
            ReadOnlySpan<char> line = raw[lines[i].Start..lines[i].End];
            int indent = LeadingWhitespace(line);
            if (indent == line.Length)
            {
                continue;
            }

            if (first < 0)
            {
                first = i;
            }

            last = i;
            if (i != 0 && indent < commonIndent)
            {
                commonIndent = indent;
            }
        }

        string result;
        if (first < 0)
        {
            result = string.Empty;
        }
        else
        {
            var sb = new StringBuilder(raw.Length);
            for (int i = first; i <= last; i++)
            {
                ReadOnlySpan<char> line = raw[lines[i].Start..lines[i].End];
                if (i != 0)
                {
                    line = commonIndent >= line.Length ? [] : line[commonIndent..];
                }

                if (i != first)
                {
                    sb.Append('\n');
                }

                AppendUnescaped(sb, line);
            }

            result = sb.ToString();
        }

        if (rented is not null)
        {
            ArrayPool<(int, int)>.Shared.Return(rented);
        }

        return result;
    }

    /// <summary>Appends <paramref name="line"/> with each <c>\"""</c> turned into <c>"""</c>.</summary>
    private static void AppendUnescaped(StringBuilder sb, ReadOnlySpan<char> line)
    {
        while (true)
        {
            int i = line.IndexOf("\\\"\"\"");
            if (i < 0)
            {
                sb.Append(line);
                return;
            }

            sb.Append(line[..i]).Append("\"\"\"");
            line = line[(i + 4)..];
        }
    }

    private static int LeadingWhitespace(ReadOnlySpan<char> line)
    {
        int i = 0;
        while (i < line.Length && (line[i] == ' ' || line[i] == '\t'))
        {
            i++;
        }

        return i;
    }

    private static bool IsWhiteSpace(char c) => c is ' ' or '\t';

    /// <summary>graphql-js 16's <c>printBlockString(value)</c>.</summary>
    public static string Print(string value)
    {
        string escaped = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);

        // Lines as graphql-js splits them (\r\n, \n, \r).
        bool isSingleLine = escaped.AsSpan().IndexOfAny('\n', '\r') < 0;
        bool forceLeadingNewLine = false;
        if (!isSingleLine)
        {
            forceLeadingNewLine = true;
            ReadOnlySpan<char> s = escaped;
            int i = FirstLineEnd(s, 0, out int next);
            _ = i;
            while (next >= 0)
            {
                int end = FirstLineEnd(s, next, out int after);
                int lineLength = end - next;
                if (lineLength != 0 && !IsWhiteSpace(s[next]))
                {
                    forceLeadingNewLine = false;
                    break;
                }

                next = after;
            }
        }

        bool hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        bool hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        bool hasTrailingSlash = value.EndsWith('\\');
        bool forceTrailingNewline = hasTrailingQuote || hasTrailingSlash;
        bool printAsMultipleLines = !isSingleLine || value.Length > 70 || forceTrailingNewline || forceLeadingNewLine
            || hasTrailingTripleQuotes;

        var sb = new StringBuilder(escaped.Length + 8);
        sb.Append("\"\"\"");
        bool skipLeadingNewLine = isSingleLine && value.Length > 0 && IsWhiteSpace(value[0]);
        if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine)
        {
            sb.Append('\n');
        }

        sb.Append(escaped);
        if (printAsMultipleLines || forceTrailingNewline)
        {
            sb.Append('\n');
        }

        sb.Append("\"\"\"");
        return sb.ToString();
    }

    /// <summary>End of the line starting at <paramref name="start"/>; <paramref name="next"/> is the start of the next line or -1.</summary>
    private static int FirstLineEnd(ReadOnlySpan<char> s, int start, out int next)
    {
        int rel = s[start..].IndexOfAny('\n', '\r');
        if (rel < 0)
        {
            next = -1;
            return s.Length;
        }

        int end = start + rel;
        next = end + (s[end] == '\r' && end + 1 < s.Length && s[end + 1] == '\n' ? 2 : 1);
        return end;
    }
}
