using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Bff.Backends.Generators.Parsing;

/// <summary>Spells a parameter's default value as C# that means the same in the generated file.</summary>
internal static class DefaultValues
{
    public static string? Of(IParameterSymbol parameter)
    {
        if (!parameter.HasExplicitDefaultValue)
        {
            return null;
        }

        var value = parameter.ExplicitDefaultValue;
        if (value is null)
        {
            return "default";
        }

        var literal = SymbolDisplay.FormatPrimitive(value, quoteStrings: true, useHexadecimalNumbers: false);
        return value is string ? literal : $"({TypeNames.Runtime(parameter.Type)})({literal})";
    }
}
