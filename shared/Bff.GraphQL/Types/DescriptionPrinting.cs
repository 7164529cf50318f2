using Bff.GraphQL.Language;

namespace Bff.GraphQL.Types;

/// <summary>graphql-js 16's <c>printDescription</c> with its <c>isPrintableAsBlockString</c> choice.</summary>
internal static class DescriptionPrinting
{
    public static string Print(string? description, string indentation, bool firstInBlock)
    {
        if (description is null)
        {
            return string.Empty;
        }

        var literal = IsPrintableAsBlockString(description)
            ? Printer.PrintBlockString(description)
            : ValuePrinting.PrintString(description);
        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + literal.Replace("\n", "\n" + indentation, StringComparison.Ordinal) + "\n";
    }

    /// <summary>False when a block string could not round-trip the text exactly.</summary>
    public static bool IsPrintableAsBlockString(string value)
    {
        if (value.Length == 0)
        {
            return true;
        }

        bool isEmptyLine = true, hasIndent = false, hasCommonIndent = true, seenNonEmptyLine = false;
        foreach (var c in value)
        {
            switch (c)
            {
                case (>= '\u0000' and <= '\u0008') or '\u000b' or '\u000c' or (>= '\u000e' and <= '\u001f') or '\r':
                    return false;
                case '\n':
                    if (isEmptyLine && !seenNonEmptyLine)
                    {
                        return false; // a leading empty line would be stripped
                    }

                    seenNonEmptyLine = true;
                    isEmptyLine = true;
                    hasIndent = false;
                    break;
                case '\t' or ' ':
                    hasIndent |= isEmptyLine;
                    break;
                default:
                    hasCommonIndent &= hasIndent;
                    isEmptyLine = false;
                    break;
            }
        }

        // Trailing empty lines or a common indent would be removed by dedenting.
        return !isEmptyLine && !(hasCommonIndent && seenNonEmptyLine);
    }
}
