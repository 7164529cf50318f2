using Bff.GraphQL.Language;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.Validation;

/// <summary>Spec 5.8.2 Variables Are Input Types.</summary>
internal sealed class VariablesAreInputTypesRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly SyntaxKind[] KindList = [SyntaxKind.VariableDefinition];

    public override IReadOnlyList<SyntaxKind> Kinds => KindList;

    public override bool Enter(SyntaxNode node)
    {
        var definition = (VariableDefinitionNode)node;
        if (Context.Schema.TypeFromAst(definition.Type) is { } type && !type.IsInputType())
        {
            Report(
                $"Variable \"${definition.Variable.Name.Value}\" cannot be non-input type \"{Printer.Print(definition.Type)}\".",
                definition.Type);
        }

        return true;
    }
}
