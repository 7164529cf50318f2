using Bff.GraphQL.Language;

namespace Bff.GraphQL.Validation;

/// <summary>
/// Spec 5.7.3 Directives Are Unique Per Location: a non-repeatable directive appears once per node. For type-system
/// definitions a type and its extensions count as one location, as in graphql-js.
/// </summary>
internal sealed class UniqueDirectivesPerLocationRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly SyntaxKind[] KindList = [.. Enum.GetValues<SyntaxKind>()];

    // For type-system definitions, where a type and its extensions are one location; made only for such documents.
    private UniqueNames<DirectiveNode>? schemaDirectives;
    private Dictionary<string, UniqueNames<DirectiveNode>>? typeDirectives;

    public override IReadOnlyList<SyntaxKind> Kinds => KindList;

    public override bool Enter(SyntaxNode node)
    {
        if (node is not IHasDirectives { Directives.Count: > 0 } withDirectives)
        {
            return true;
        }

        UniqueNames<DirectiveNode>? seen = node switch
        {
            SchemaDefinitionNode or SchemaExtensionNode => schemaDirectives ??= new(),
            TypeDefinitionNode type => TypeDirectives(type.Name.Value),
            _ when withDirectives.Directives.Count < 2 => null,
            _ => new UniqueNames<DirectiveNode>(),
        };
        if (seen is null)
        {
            return true;
        }

        var directives = withDirectives.Directives;
        for (var i = 0; i < directives.Count; i++)
        {
            var directive = directives[i];
            var name = directive.Name.Value;
            if (!Context.Directives.TryGetValue(name, out var shape) || shape.IsRepeatable)
            {
                continue;
            }

            if (seen.FirstOrAdd(name, directive) is { } first)
            {
                Report($"The directive \"@{name}\" can only be used once at this location.", first, directive);
            }
        }

        return true;
    }

    private UniqueNames<DirectiveNode> TypeDirectives(string typeName)
    {
        typeDirectives ??= new Dictionary<string, UniqueNames<DirectiveNode>>(StringComparer.Ordinal);
        if (!typeDirectives.TryGetValue(typeName, out var seen))
        {
            typeDirectives[typeName] = seen = new UniqueNames<DirectiveNode>();
        }

        return seen;
    }
}
