using Bff.GraphQL.Language;

namespace Bff.GraphQL.Validation;

/// <summary>Spec 5.1.1 Executable Definitions: a request holds only operations and fragments.</summary>
internal sealed class ExecutableDefinitionsRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly SyntaxKind[] KindList = [SyntaxKind.Document];

    public override IReadOnlyList<SyntaxKind> Kinds => KindList;

    public override bool Enter(SyntaxNode node)
    {
        foreach (var definition in ((DocumentNode)node).Definitions)
        {
            var name = definition switch
            {
                ExecutableDefinitionNode => null,
                SchemaDefinitionNode or SchemaExtensionNode => "schema",
                INamedSyntaxNode named => $"\"{named.Name.Value}\"",
                _ => "unknown",
            };
            if (name is not null)
            {
                Report($"The {name} definition is not executable.", definition);
            }
        }

        return false;
    }
}
