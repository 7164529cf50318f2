using Microsoft.CodeAnalysis;

namespace Bff.Backends.Generators.Parsing;

/// <summary>Reads the Bff.Backends.Http attributes off methods and parameters.</summary>
internal static class AttributeReader
{
    public static string? Alias(IParameterSymbol parameter)
    {
        foreach (var attribute in parameter.GetAttributes())
        {
            if (KnownSymbols.Is(attribute, "AliasAsAttribute") && attribute.ConstructorArguments.Length == 1)
            {
                return attribute.ConstructorArguments[0].Value as string;
            }
        }

        return null;
    }

    public static string? HttpMethod(IMethodSymbol method, out string? template)
    {
        string? found = null;
        template = null;
        foreach (var attribute in method.GetAttributes())
        {
            if (KnownSymbols.HttpMethodOf(attribute) is not { } verb)
            {
                continue;
            }

            if (found is not null)
            {
                return null;
            }

            found = verb;
            template = attribute.ConstructorArguments.Length == 1 ? attribute.ConstructorArguments[0].Value as string : null;
        }

        return found;
    }

    public static bool Has(ISymbol method, string name)
    {
        foreach (var attribute in method.GetAttributes())
        {
            if (KnownSymbols.Is(attribute, name))
            {
                return true;
            }
        }

        return false;
    }
}
