using Microsoft.CodeAnalysis;

namespace Bff.Backends.Generators.Parsing;

/// <summary>The framework and attribute types the parser compares against, resolved once per interface.</summary>
internal sealed class KnownSymbols(Compilation compilation)
{
    public const string Http = "Bff.Backends.Http.";

    public INamedTypeSymbol? CancellationToken { get; } = compilation.GetTypeByMetadataName("System.Threading.CancellationToken");

    public INamedTypeSymbol? Task { get; } = compilation.GetTypeByMetadataName("System.Threading.Tasks.Task");

    public INamedTypeSymbol? TaskOfT { get; } = compilation.GetTypeByMetadataName("System.Threading.Tasks.Task`1");

    public INamedTypeSymbol? SpanFormattable { get; } = compilation.GetTypeByMetadataName("System.ISpanFormattable");

    public INamedTypeSymbol? JsonContext { get; } =
        compilation.GetTypeByMetadataName("System.Text.Json.Serialization.JsonSerializerContext");

    public INamedTypeSymbol? JsonSerializable { get; } =
        compilation.GetTypeByMetadataName("System.Text.Json.Serialization.JsonSerializableAttribute");

    public static string? HttpMethodOf(AttributeData attribute) => attribute.AttributeClass?.ToDisplayString() switch
    {
        Http + "GetAttribute" => "Get",
        Http + "PostAttribute" => "Post",
        Http + "PutAttribute" => "Put",
        Http + "DeleteAttribute" => "Delete",
        _ => null,
    };

    public static bool Is(AttributeData attribute, string name) => attribute.AttributeClass?.ToDisplayString() == Http + name;

    public static bool Same(ITypeSymbol? a, ITypeSymbol? b) => SymbolEqualityComparer.Default.Equals(a, b);

    public bool IsFormattable(ITypeSymbol type)
    {
        foreach (var candidate in type.AllInterfaces)
        {
            if (Same(candidate, SpanFormattable))
            {
                return true;
            }
        }

        return false;
    }
}
