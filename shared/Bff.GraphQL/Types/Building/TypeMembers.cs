using Bff.GraphQL.Language;

namespace Bff.GraphQL.Types;

/// <summary>Appends the members of a definition or extension to a type entry, reporting duplicates.</summary>
internal static class TypeMembers
{
    public static void Add(TypeEntry entry, TypeDefinitionNode node, SdlModel model)
    {
        switch (node)
        {
            case ObjectTypeDefinitionNode d:
                AddComplex(entry, d.Interfaces, d.Fields, model);
                break;
            case ObjectTypeExtensionNode d:
                AddComplex(entry, d.Interfaces, d.Fields, model);
                break;
            case InterfaceTypeDefinitionNode d:
                AddComplex(entry, d.Interfaces, d.Fields, model);
                break;
            case InterfaceTypeExtensionNode d:
                AddComplex(entry, d.Interfaces, d.Fields, model);
                break;
            case UnionTypeDefinitionNode d:
                entry.Members.AddRange(d.Types);
                break;
            case UnionTypeExtensionNode d:
                entry.Members.AddRange(d.Types);
                break;
            case EnumTypeDefinitionNode d:
                AddUnique(entry, entry.Values, d.Values, v => v.Name.Value, model, "Enum value");
                break;
            case EnumTypeExtensionNode d:
                AddUnique(entry, entry.Values, d.Values, v => v.Name.Value, model, "Enum value");
                break;
            case InputObjectTypeDefinitionNode d:
                AddUnique(entry, entry.InputFields, d.Fields, f => f.Name.Value, model, "Field");
                break;
            case InputObjectTypeExtensionNode d:
                AddUnique(entry, entry.InputFields, d.Fields, f => f.Name.Value, model, "Field");
                break;
        }
    }

    private static void AddComplex(
        TypeEntry entry, IReadOnlyList<NamedTypeNode> interfaces, IReadOnlyList<FieldDefinitionNode> fields, SdlModel model)
    {
        // Duplicate interfaces are kept: schema validation reports "can only implement X once".
        entry.Interfaces.AddRange(interfaces);
        AddUnique(entry, entry.Fields, fields, f => f.Name.Value, model, "Field");
    }

    private static void AddUnique<T>(
        TypeEntry entry, List<T> target, IEnumerable<T> items, Func<T, string> nameOf, SdlModel model, string what)
    {
        foreach (var item in items)
        {
            var name = nameOf(item);
            if (target.Any(existing => nameOf(existing) == name))
            {
                var coordinate = $"{entry.Name}.{name}";
                model.Error($"{what} \"{coordinate}\" can only be defined once.", coordinate);
                continue;
            }

            target.Add(item);
        }
    }
}
