namespace Bff.GraphQL.Types;

/// <summary>The kinds of types, as introspection's <c>__TypeKind</c> names them.</summary>
public enum TypeKind
{
    Scalar,
    Object,
    Interface,
    Union,
    Enum,
    InputObject,
    List,
    NonNull,
}
