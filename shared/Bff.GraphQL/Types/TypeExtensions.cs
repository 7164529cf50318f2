using Bff.GraphQL.Language;

namespace Bff.GraphQL.Types;

/// <summary>Type predicates and comparisons, after graphql-js's <c>definition.ts</c> and <c>typeComparators.ts</c>.</summary>
public static class TypeExtensions
{
    /// <summary>The named type inside any list and non-null wrappers (graphql-js <c>getNamedType</c>).</summary>
    public static NamedType NamedType(this IType type) => type switch
    {
        NamedType named => named,
        ListType list => list.OfType.NamedType(),
        NonNullType nonNull => nonNull.OfType.NamedType(),
        _ => throw new ArgumentException($"Unknown type {type}.", nameof(type)),
    };

    /// <summary>The type without an outer non-null wrapper (graphql-js <c>getNullableType</c>).</summary>
    public static IType NullableType(this IType type) => type is NonNullType nonNull ? nonNull.OfType : type;

    /// <summary>True for scalars, enums, input objects and wrappers of them.</summary>
    public static bool IsInputType(this IType type) =>
        type.NamedType() is ScalarType or EnumType or InputObjectType;

    /// <summary>True for scalars, objects, interfaces, unions, enums and wrappers of them.</summary>
    public static bool IsOutputType(this IType type) =>
        type.NamedType() is ScalarType or ObjectType or InterfaceType or UnionType or EnumType;

    /// <summary>True for scalars and enums.</summary>
    public static bool IsLeafType(this IType type) => type is ScalarType or EnumType;

    /// <summary>True for interfaces and unions.</summary>
    public static bool IsAbstractType(this IType type) => type is InterfaceType or UnionType;

    /// <summary>True for objects, interfaces and unions: types with a selection set.</summary>
    public static bool IsCompositeType(this IType type) => type is ObjectType or InterfaceType or UnionType;

    /// <summary>True for <see cref="NonNullType"/>.</summary>
    public static bool IsNonNullType(this IType type) => type is NonNullType;

    /// <summary>Structural equality of type references (graphql-js <c>isEqualType</c>).</summary>
    public static bool IsEqualType(this IType typeA, IType typeB) => typeA.Equals(typeB);

    /// <summary>
    /// True when a value of <paramref name="maybeSubType"/> can be used where <paramref name="superType"/> is expected:
    /// the covariance rule for interface fields (graphql-js <c>isTypeSubTypeOf</c>).
    /// </summary>
    public static bool IsTypeSubTypeOf(this Schema schema, IType maybeSubType, IType superType)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return SubTyping.IsSubType(schema.IsSubType, maybeSubType, superType);
    }

    /// <summary>The type a type reference denotes in <paramref name="schema"/>; null when its name is unknown.</summary>
    public static IType? TypeFromAst(this Schema schema, TypeNode typeNode)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return TypeReferences.Resolve(typeNode, schema.GetType);
    }
}
