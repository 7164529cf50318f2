using Bff.GraphQL.Language;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.Validation;

/// <summary>Spec 5.5.1.2 Fragment Spread Type Existence and 5.8.3: every named type reference exists.</summary>
internal sealed class KnownTypeNamesRule : ValidationRule
{
    private static readonly SyntaxKind[] KindList = [SyntaxKind.NamedType];

    private static readonly string[] StandardTypeNames =
        [.. ScalarType.Specified.Select(t => t.Name), .. Introspection.Types.Select(t => t.Name)];

    // Types the document defines itself (SDL in an executable document, which ExecutableDefinitionsRule reports).
    private readonly HashSet<string>? defined;

    public KnownTypeNamesRule(ValidationContext context)
        : base(context)
    {
        foreach (var definition in context.Document.Definitions)
        {
            if (definition is TypeDefinitionNode { IsExtension: false } type)
            {
                (defined ??= new HashSet<string>(StringComparer.Ordinal)).Add(type.Name.Value);
            }
        }
    }

    public override IReadOnlyList<SyntaxKind> Kinds => KindList;

    public override bool Enter(SyntaxNode node)
    {
        var name = ((NamedTypeNode)node).Name.Value;
        if (Context.Schema.GetType(name) is not null || defined?.Contains(name) == true)
        {
            return true;
        }

        // The top-level definition holding the reference; a type-system one may use the standard names freely.
        var ancestors = Context.Ancestors;
        var definition = ancestors.Count > 2 ? ancestors[1] : ancestors[^2];
        var isSdl = definition is TypeSystemDefinitionNode;
        if (isSdl && StandardTypeNames.Contains(name))
        {
            return true;
        }

        var known = Context.Schema.Types.Keys.Concat(defined ?? []);
        var suggestions = Suggestions.List(name, isSdl ? StandardTypeNames.Concat(known) : known);
        Report($"Unknown type \"{name}\"." + Suggestions.DidYouMean(suggestions), node);
        return true;
    }
}
