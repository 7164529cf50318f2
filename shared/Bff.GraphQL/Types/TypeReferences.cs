using Bff.GraphQL.Language;

namespace Bff.GraphQL.Types;

/// <summary>Turns type references of the syntax tree into types.</summary>
internal static class TypeReferences
{
    /// <summary>The type <paramref name="node"/> denotes; null when a name is unknown.</summary>
    public static IType? Resolve(TypeNode node, Func<string, NamedType?> lookup) => node switch
    {
        NamedTypeNode named => lookup(named.Name.Value),
        ListTypeNode list => Resolve(list.Type, lookup) is { } item ? new ListType(item) : null,
        NonNullTypeNode nonNull => Resolve(nonNull.Type, lookup) switch
        {
            null => null,
            NonNullType already => already,
            var inner => new NonNullType(inner),
        },
        _ => null,
    };
}
