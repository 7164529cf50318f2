using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Bff.Backends.Generators.Parsing;

/// <summary>
/// The client's JsonSerializerContext as declared by its [JsonSerializable] attributes. The JSON generator's output is
/// invisible to this generator, so registrations are checked on the attributes the developer wrote.
/// </summary>
internal sealed class ClientContext
{
    private readonly HashSet<string> registered = new(System.StringComparer.Ordinal);

    public ClientContext(INamedTypeSymbol type, KnownSymbols known)
    {
        Name = type.Name;
        FullName = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            IsJsonContext |= KnownSymbols.Same(current, known.JsonContext);
        }

        foreach (var attribute in type.GetAttributes())
        {
            if (KnownSymbols.Same(attribute.AttributeClass, known.JsonSerializable)
                && attribute.ConstructorArguments.Length > 0
                && attribute.ConstructorArguments[0].Value is ITypeSymbol registeredType)
            {
                registered.Add(TypeNames.Runtime(registeredType));
            }
        }
    }

    public string Name { get; }

    public string FullName { get; }

    public bool IsJsonContext { get; }

    public bool IsRegistered(ITypeSymbol type) => registered.Contains(TypeNames.Runtime(type));
}
