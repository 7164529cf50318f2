using System.Collections.Generic;
using Bff.Backends.Generators.Model;
using Microsoft.CodeAnalysis;

namespace Bff.Backends.Generators.Parsing;

/// <summary>Decides where one parameter goes (path, query, header, body) and how its value is written.</summary>
internal static class ParameterParser
{
    /// <summary>Null with <paramref name="problem"/> set when the parameter cannot be sent.</summary>
    public static ParameterModel? Parse(IParameterSymbol parameter, ICollection<string> placeholders, KnownSymbols known, out string? problem)
    {
        problem = null;
        if (parameter.RefKind != RefKind.None || parameter.IsParams)
        {
            problem = "ref, out, in and params parameters cannot be sent";
            return null;
        }

        string? query = null, header = null, alias = null;
        bool isQuery = false, isBody = false;
        foreach (var attribute in parameter.GetAttributes())
        {
            var argument = attribute.ConstructorArguments.Length > 0 ? attribute.ConstructorArguments[0].Value as string : null;
            if (KnownSymbols.Is(attribute, "QueryAttribute")) { isQuery = true; query = argument; }
            else if (KnownSymbols.Is(attribute, "HeaderAttribute")) { header = argument; }
            else if (KnownSymbols.Is(attribute, "AliasAsAttribute")) { alias = argument; }
            else if (KnownSymbols.Is(attribute, "BodyAttribute")) { isBody = true; }
        }

        var name = parameter.Name;
        var declared = TypeNames.Declared(parameter.Type);
        var runtime = TypeNames.Runtime(parameter.Type);
        var nullableValue = TypeNames.IsNullableValueType(parameter.Type);
        if (isBody)
        {
            return new ParameterModel(name, declared, runtime, ParameterKind.Body, name, ValueKind.Json, nullableValue);
        }

        if (header is not null)
        {
            if (parameter.Type.SpecialType != SpecialType.System_String)
            {
                problem = "[Header] parameters must be strings";
                return null;
            }

            return new ParameterModel(name, declared, runtime, ParameterKind.Header, header, ValueKind.String, false);
        }

        var wireName = query ?? alias ?? name;
        var isPath = !isQuery && Contains(placeholders, alias ?? name);
        var kind = ValueKindOf(parameter.Type, known, allowLists: !isPath);
        if (kind == ValueKind.None)
        {
            problem = isPath
                ? "path values must be strings or ISpanFormattable types (int, Guid, ...)"
                : "query values must be strings, bool, ISpanFormattable types or IEnumerable<T> of those";
            return null;
        }

        if (isPath && nullableValue)
        {
            problem = "a path value cannot be null";
            return null;
        }

        return new ParameterModel(name, declared, runtime, isPath ? ParameterKind.Path : ParameterKind.Query, wireName, kind, nullableValue);
    }

    public static bool Contains(ICollection<string> placeholders, string name)
    {
        foreach (var placeholder in placeholders)
        {
            // Route values bind case-insensitively on the server, so they do here too.
            if (string.Equals(placeholder, name, System.StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static ValueKind ValueKindOf(ITypeSymbol type, KnownSymbols known, bool allowLists)
    {
        var scalar = ScalarKind(type, known);
        if (scalar != ValueKind.None || !allowLists)
        {
            return scalar;
        }

        var element = EnumerableElement(type);
        return element is null ? ValueKind.None : ScalarKind(element, known) switch
        {
            ValueKind.String => ValueKind.StringList,
            ValueKind.Formattable when !TypeNames.IsNullableValueType(element) => ValueKind.FormattableList,
            _ => ValueKind.None,
        };
    }

    private static ValueKind ScalarKind(ITypeSymbol type, KnownSymbols known)
    {
        var underlying = TypeNames.Underlying(type);
        return underlying.SpecialType switch
        {
            SpecialType.System_String => ValueKind.String,
            SpecialType.System_Boolean => ValueKind.Boolean,
            _ => known.IsFormattable(underlying) ? ValueKind.Formattable : ValueKind.None,
        };
    }

    private static ITypeSymbol? EnumerableElement(ITypeSymbol type)
    {
        if (type is INamedTypeSymbol { IsGenericType: true } named
            && named.ConstructedFrom.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
        {
            return named.TypeArguments[0];
        }

        foreach (var candidate in type.AllInterfaces)
        {
            if (candidate.ConstructedFrom.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
            {
                return candidate.TypeArguments[0];
            }
        }

        return null;
    }
}
