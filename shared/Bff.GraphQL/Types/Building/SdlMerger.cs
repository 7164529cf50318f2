using Bff.GraphQL.Language;

namespace Bff.GraphQL.Types;

/// <summary>
/// Merges the SDL of every module: definitions first (in order), then every <c>extend</c>, so an extension may come
/// before its definition. Problems are collected, never thrown.
/// </summary>
internal static class SdlMerger
{
    public static SdlModel Merge(IEnumerable<DocumentNode> documents)
    {
        var model = new SdlModel();
        var extensions = new List<TypeDefinitionNode>();
        foreach (var definition in documents.SelectMany(d => d.Definitions))
        {
            switch (definition)
            {
                case TypeDefinitionNode { IsExtension: false } type:
                    AddType(model, type);
                    break;
                case TypeDefinitionNode extension:
                    extensions.Add(extension);
                    break;
                case DirectiveDefinitionNode directive:
                    AddDirective(model, directive);
                    break;
                case SchemaDefinitionNode schema:
                    SchemaMerging.AddDefinition(model, schema);
                    break;
                case SchemaExtensionNode schemaExtension:
                    model.SchemaExtensions.Add(schemaExtension);
                    break;
                default:
                    model.Error($"A schema module may only hold type system definitions; found {definition.Kind}.");
                    break;
            }
        }

        extensions.ForEach(e => Extend(model, e));
        SchemaMerging.ResolveRootTypes(model);
        return model;
    }

    private static void AddType(SdlModel model, TypeDefinitionNode definition)
    {
        var name = definition.Name.Value;
        if (model.Types.ContainsKey(name))
        {
            model.Error($"There can be only one type named \"{name}\".", name);
            return;
        }

        var entry = new TypeEntry(definition);
        model.Types.Add(name, entry);
        TypeMembers.Add(entry, definition, model);
    }

    private static void AddDirective(SdlModel model, DirectiveDefinitionNode directive)
    {
        var name = directive.Name.Value;
        if (BuiltInDirectives.All.Any(d => d.Name == name))
        {
            model.Error($"Directive \"@{name}\" already exists in the schema. It cannot be redefined.", "@" + name);
        }
        else if (!model.Directives.TryAdd(name, directive))
        {
            model.Error($"There can be only one directive named \"@{name}\".", "@" + name);
        }
    }

    private static void Extend(SdlModel model, TypeDefinitionNode extension)
    {
        var name = extension.Name.Value;
        if (!model.Types.TryGetValue(name, out var entry))
        {
            model.Error($"Cannot extend type \"{name}\" because it is not defined.", name);
            return;
        }

        if (DefinitionKindOf(extension) != entry.Definition.Kind)
        {
            model.Error($"Cannot extend non-{KindWord(entry.Definition.Kind)} type \"{name}\".", name);
            return;
        }

        entry.Extensions.Add(extension);
        entry.Directives.AddRange(extension.Directives);
        TypeMembers.Add(entry, extension, model);
    }

    private static SyntaxKind DefinitionKindOf(TypeDefinitionNode extension) => extension.Kind switch
    {
        SyntaxKind.ScalarTypeExtension => SyntaxKind.ScalarTypeDefinition,
        SyntaxKind.ObjectTypeExtension => SyntaxKind.ObjectTypeDefinition,
        SyntaxKind.InterfaceTypeExtension => SyntaxKind.InterfaceTypeDefinition,
        SyntaxKind.UnionTypeExtension => SyntaxKind.UnionTypeDefinition,
        SyntaxKind.EnumTypeExtension => SyntaxKind.EnumTypeDefinition,
        _ => SyntaxKind.InputObjectTypeDefinition,
    };

    // The words graphql-js's PossibleTypeExtensionsRule uses in "Cannot extend non-<kind> type".
    private static string KindWord(SyntaxKind definitionKind) => definitionKind switch
    {
        SyntaxKind.ScalarTypeDefinition => "scalar",
        SyntaxKind.ObjectTypeDefinition => "object",
        SyntaxKind.InterfaceTypeDefinition => "interface",
        SyntaxKind.UnionTypeDefinition => "union",
        SyntaxKind.EnumTypeDefinition => "enum",
        _ => "input object",
    };
}
