using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace Bff.Backends.Generators.Emit;

internal static class Literals
{
    /// <summary>A C# string literal for any text, quotes and backslashes escaped.</summary>
    public static string String(string value) =>
        SymbolDisplay.FormatLiteral(value, quote: true);

    /// <summary>A parameter name usable in code even when it is a keyword (<c>@class</c>).</summary>
    public static string Identifier(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) == SyntaxKind.AwaitKeyword
            ? "@" + name
            : name;

    public static string Join(StringBuilder builder, string separator, System.Collections.Generic.IEnumerable<string> items)
    {
        var first = true;
        foreach (var item in items)
        {
            if (!first)
            {
                builder.Append(separator);
            }

            builder.Append(item);
            first = false;
        }

        return builder.ToString();
    }
}
