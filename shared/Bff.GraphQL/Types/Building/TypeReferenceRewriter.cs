using Bff.GraphQL.Language;

namespace Bff.GraphQL.Types;

/// <summary>
/// Maps every type reference of the merged modules through a renaming; a reference mapped to null is removed with
/// the field, argument, input field, interface or member that holds it.
/// </summary>
internal static class TypeReferenceRewriter
{
    public static void Rewrite(SdlModel model, Func<string, string?> rename)
    {
        foreach (var entry in model.Types.Values)
        {
            MapAll(entry.Interfaces, n => MapNamed(n, rename));
            MapAll(entry.Members, n => MapNamed(n, rename));
            MapAll(entry.InputFields, f => MapInputValue(f, rename));
            MapAll(entry.Fields, f => MapField(f, rename));
        }

        foreach (var name in model.Directives.Keys.ToList())
        {
            var directive = model.Directives[name];
            model.Directives[name] = directive with
            {
                Arguments = [.. directive.Arguments.Select(a => MapInputValue(a, rename)).OfType<InputValueDefinitionNode>()],
            };
        }
    }

    private static FieldDefinitionNode? MapField(FieldDefinitionNode field, Func<string, string?> rename) =>
        MapType(field.Type, rename) is { } type
            ? field with
            {
                Type = type,
                Arguments = [.. field.Arguments.Select(a => MapInputValue(a, rename)).OfType<InputValueDefinitionNode>()],
            }
            : null;

    private static InputValueDefinitionNode? MapInputValue(InputValueDefinitionNode value, Func<string, string?> rename) =>
        MapType(value.Type, rename) is { } type ? value with { Type = type } : null;

    private static TypeNode? MapType(TypeNode type, Func<string, string?> rename) => type switch
    {
        NamedTypeNode named => MapNamed(named, rename),
        ListTypeNode list => MapType(list.Type, rename) is { } item ? list with { Type = item } : null,
        NonNullTypeNode nonNull => MapType(nonNull.Type, rename) is { } inner ? nonNull with { Type = inner } : null,
        _ => type,
    };

    private static NamedTypeNode? MapNamed(NamedTypeNode named, Func<string, string?> rename) =>
        rename(named.Name.Value) switch
        {
            null => null,
            var same when same == named.Name.Value => named,
            var renamed => named with { Name = new NameNode(renamed) },
        };

    private static void MapAll<T>(List<T> items, Func<T, T?> map)
        where T : class
    {
        var mapped = items.Select(map).OfType<T>().ToList();
        items.Clear();
        items.AddRange(mapped);
    }
}
