using Bff.GraphQL.Language;

namespace Bff.GraphQL.Validation;

/// <summary>Spec 5.4.2.1 Required Arguments: non-null arguments without a default are given, on fields and directives.</summary>
internal sealed class ProvidedRequiredArgumentsRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly SyntaxKind[] KindList = [SyntaxKind.Field, SyntaxKind.Directive];

    public override IReadOnlyList<SyntaxKind> Kinds => KindList;

    public override void Leave(SyntaxNode node)
    {
        if (node is FieldNode field)
        {
            if (Context.TypeInfo.FieldDef is not { } definition)
            {
                return;
            }

            foreach (var argument in definition.Arguments)
            {
                if (!argument.IsRequired || IsGiven(field.Arguments, argument.Name))
                {
                    continue;
                }

                Report(
                    $"Field \"{definition.Name}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.",
                    field);
            }
        }
        else if (node is DirectiveNode directive && Context.Directives.TryGetValue(directive.Name.Value, out var shape))
        {
            foreach (var (name, type) in shape.RequiredArguments)
            {
                if (IsGiven(directive.Arguments, name))
                {
                    continue;
                }

                Report(
                    $"Directive \"@{directive.Name.Value}\" argument \"{name}\" of type \"{type}\" is required, but it was not provided.",
                    directive);
            }
        }
    }

    private static bool IsGiven(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        foreach (var argument in arguments)
        {
            if (argument.Name.Value == name)
            {
                return true;
            }
        }

        return false;
    }
}
