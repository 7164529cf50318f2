using Bff.GraphQL.Language;

namespace Bff.GraphQL.Validation;

/// <summary>
/// Spec 5.7.3 Directives Are Unique Per Location: a non-repeatable directive appears once per node. For type-system
/// definitions a type and its extensions count as one location, as in graphql-js.
/// </summary>
internal sealed class UniqueDirectivesPerLocationRule(ValidationContext context) : ValidationRule(context)
{
    private readonly Dictionary<string, DirectiveShape> directives = DirectiveShape.All(context);
    private readonly Dictionary<string, DirectiveNode> schemaDirectives = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, DirectiveNode>> typeDirectives = new(StringComparer.Ordinal);

    public override IReadOnlyList<SyntaxKind> Kinds { get; } = [.. Enum.GetValues<SyntaxKind>()];

    public override bool Enter(SyntaxNode node)
    {
        if (node is not IHasDirectives { Directives.Count: > 0 } withDirectives)
        {
            return true;
        }

        var seen = node switch
        {
            SchemaDefinitionNode or SchemaExtensionNode => schemaDirectives,
            TypeDefinitionNode type => TypeDirectives(type.Name.Value),
            _ => new Dictionary<string, DirectiveNode>(StringComparer.Ordinal),
        };
        foreach (var directive in withDirectives.Directives)
        {
            var name = directive.Name.Value;
            if (!directives.TryGetValue(name, out var shape) || shape.IsRepeatable)
            {
                continue;
            }

            if (seen.TryGetValue(name, out var first))
            {
                Report($"The directive \"@{name}\" can only be used once at this location.", first, directive);
            }
            else
            {
                seen[name] = directive;
            }
        }

        return true;
    }

    private Dictionary<string, DirectiveNode> TypeDirectives(string typeName)
    {
        if (!typeDirectives.TryGetValue(typeName, out var seen))
        {
            typeDirectives[typeName] = seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
        }

        return seen;
    }
}
