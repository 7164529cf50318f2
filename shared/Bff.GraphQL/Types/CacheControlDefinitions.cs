using Bff.GraphQL.Language;

namespace Bff.GraphQL.Types;

/// <summary>
/// <c>@cacheControl</c> and <c>CacheControlScope</c> as Apollo Server and Hot Chocolate users write them. A schema whose
/// modules apply <c>@cacheControl</c> without defining it gets these definitions; other schemas stay as written, so
/// their printed SDL and introspection are unchanged.
/// </summary>
public static class CacheControlDefinitions
{
    /// <summary>The directive's name.</summary>
    public const string DirectiveName = "cacheControl";

    /// <summary>The definitions added to a schema that uses the directive.</summary>
    public const string Sdl = """
        directive @cacheControl(maxAge: Int, scope: CacheControlScope, inheritMaxAge: Boolean) on FIELD_DEFINITION | OBJECT | INTERFACE | UNION

        enum CacheControlScope {
          PUBLIC
          PRIVATE
        }
        """;

    /// <summary>The modules, with the definitions added when one applies the directive and none defines it.</summary>
    internal static IReadOnlyList<DocumentNode> AddWhenUsed(IReadOnlyList<DocumentNode> documents)
    {
        var definitions = documents.SelectMany(d => d.Definitions).ToList();
        var defined = definitions.OfType<DirectiveDefinitionNode>().Any(d => d.Name.Value == DirectiveName);
        if (defined || !definitions.OfType<TypeSystemDefinitionNode>().Any(Applies))
        {
            return documents;
        }

        var added = Parser.Parse(Sdl).Definitions;
        var scopeDefined = definitions.OfType<EnumTypeDefinitionNode>().Any(e => e.Name.Value == "CacheControlScope");
        return [.. documents, new DocumentNode([.. added.Where(d => !scopeDefined || d is DirectiveDefinitionNode)])];
    }

    private static bool Applies(TypeSystemDefinitionNode node) =>
        Uses(node.Directives) || FieldsOf(node).Any(f => Uses(f.Directives));

    private static bool Uses(IReadOnlyList<DirectiveNode> directives) => directives.Any(d => d.Name.Value == DirectiveName);

    private static IReadOnlyList<FieldDefinitionNode> FieldsOf(TypeSystemDefinitionNode node) => node switch
    {
        ObjectTypeDefinitionNode o => o.Fields,
        InterfaceTypeDefinitionNode i => i.Fields,
        ObjectTypeExtensionNode o => o.Fields,
        InterfaceTypeExtensionNode i => i.Fields,
        _ => [],
    };
}
