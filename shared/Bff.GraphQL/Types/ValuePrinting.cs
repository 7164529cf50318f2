using Bff.GraphQL.Language;

namespace Bff.GraphQL.Types;

/// <summary>Value literals and strings as graphql-js 16's <c>print</c> writes them (through the language printer).</summary>
internal static class ValuePrinting
{
    public static string Print(ValueNode value) => Printer.Print(value);

    public static string PrintString(string value) => Printer.PrintString(value);
}
