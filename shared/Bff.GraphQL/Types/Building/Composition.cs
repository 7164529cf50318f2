using Bff.GraphQL.Language;

namespace Bff.GraphQL.Types;

/// <summary>Removes and renames types and fields of the merged modules, keeping every reference consistent.</summary>
internal static class Composition
{
    public static void RemoveType(SdlModel model, string typeName)
    {
        if (!model.Types.Remove(typeName))
        {
            model.Error($"Cannot remove type \"{typeName}\": it is not defined.", typeName);
            return;
        }

        // What pointed at the type disappears with it: fields, arguments, input fields, interfaces, members, roots.
        TypeReferenceRewriter.Rewrite(model, name => name == typeName ? null : name);
        foreach (var root in model.RootTypes.Where(r => r.Value == typeName).ToList())
        {
            model.RootTypes.Remove(root.Key);
        }
    }

    public static void RemoveField(SdlModel model, string typeName, string fieldName)
    {
        if (!model.Types.TryGetValue(typeName, out var entry)
            || (entry.Fields.RemoveAll(f => f.Name.Value == fieldName)
                + entry.InputFields.RemoveAll(f => f.Name.Value == fieldName)) == 0)
        {
            model.Error($"Cannot remove field \"{typeName}.{fieldName}\": it is not defined.", $"{typeName}.{fieldName}");
            return;
        }

        entry.FieldOrigins.Remove(fieldName);
    }

    public static void RenameType(SdlModel model, string oldName, string newName)
    {
        if (!model.Types.TryGetValue(oldName, out var entry))
        {
            model.Error($"Cannot rename type \"{oldName}\": it is not defined.", oldName);
            return;
        }

        if (model.Types.ContainsKey(newName) || ScalarType.Specified.Any(s => s.Name == newName))
        {
            model.Error($"Cannot rename type \"{oldName}\" to \"{newName}\": that name is taken.", oldName);
            return;
        }

        var index = model.Types.IndexOf(oldName);
        model.Types.RemoveAt(index);
        model.Types.Insert(index, newName, entry);
        entry.Name = newName;
        TypeReferenceRewriter.Rewrite(model, name => name == oldName ? newName : name);
        foreach (var root in model.RootTypes.Where(r => r.Value == oldName).ToList())
        {
            model.RootTypes[root.Key] = newName;
        }
    }

    public static void RenameField(SdlModel model, string typeName, string fieldName, string newName)
    {
        var coordinate = $"{typeName}.{fieldName}";
        if (!model.Types.TryGetValue(typeName, out var entry)
            || (!entry.Fields.Exists(f => f.Name.Value == fieldName) && !entry.InputFields.Exists(f => f.Name.Value == fieldName)))
        {
            model.Error($"Cannot rename field \"{coordinate}\": it is not defined.", coordinate);
            return;
        }

        if (entry.Fields.Exists(f => f.Name.Value == newName) || entry.InputFields.Exists(f => f.Name.Value == newName))
        {
            model.Error($"Cannot rename field \"{coordinate}\" to \"{newName}\": that name is taken.", coordinate);
            return;
        }

        var name = new NameNode(newName);
        Replace(entry.Fields, f => f.Name.Value == fieldName, f => f with { Name = name });
        Replace(entry.InputFields, f => f.Name.Value == fieldName, f => f with { Name = name });
        var origin = entry.OriginalFieldName(fieldName);
        entry.FieldOrigins.Remove(fieldName);
        entry.FieldOrigins[newName] = origin;
    }

    private static void Replace<T>(List<T> items, Predicate<T> match, Func<T, T> replace)
    {
        var index = items.FindIndex(match);
        if (index >= 0)
        {
            items[index] = replace(items[index]);
        }
    }
}
