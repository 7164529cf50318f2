using Microsoft.CodeAnalysis;

namespace Bff.Backends.Generators.Parsing;

/// <summary>How types are spelled in generated code: fully qualified, so no using directive can change their meaning.</summary>
internal static class TypeNames
{
    private static readonly SymbolDisplayFormat WithNullability = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    /// <summary>As declared, with nullable annotations, for signatures that must match the interface.</summary>
    public static string Declared(ITypeSymbol type) => type.ToDisplayString(WithNullability);

    /// <summary>Without the top-level reference nullability, for <c>typeof</c> and <c>JsonTypeInfo&lt;T&gt;</c>.</summary>
    public static string Runtime(ITypeSymbol type) =>
        type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);

    public static bool IsNullableValueType(ITypeSymbol type) =>
        type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T;

    /// <summary>The <c>V</c> of <c>V?</c> for value types; the type itself otherwise.</summary>
    public static ITypeSymbol Underlying(ITypeSymbol type) =>
        IsNullableValueType(type) && type is INamedTypeSymbol named ? named.TypeArguments[0] : type;
}
