using Bff.GraphQL.Language;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.Validation;

/// <summary>
/// Spec 5.8.5 All Variable Usages Are Allowed: a variable's type fits where it is used. A nullable variable may
/// stand where a non-null value is expected only if the variable or the location has a default value.
/// </summary>
internal sealed class VariablesInAllowedPositionRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly SyntaxKind[] KindList = [SyntaxKind.OperationDefinition];

    public override IReadOnlyList<SyntaxKind> Kinds => KindList;

    public override void Leave(SyntaxNode node)
    {
        var operation = (OperationDefinitionNode)node;
        Dictionary<string, VariableDefinitionNode>? definitions = null;
        foreach (var usage in Context.GetRecursiveVariableUsages(operation))
        {
            var name = usage.Node.Name.Value;
            definitions ??= Definitions(operation);
            if (usage.Type is null || !definitions.TryGetValue(name, out var definition)
                || Context.Schema.TypeFromAst(definition.Type) is not { } variableType
                || IsAllowed(variableType, definition.DefaultValue, usage))
            {
                continue;
            }

            Report(
                $"Variable \"${name}\" of type \"{variableType}\" used in position expecting type \"{usage.Type}\".",
                definition,
                usage.Node);
        }
    }

    private static Dictionary<string, VariableDefinitionNode> Definitions(OperationDefinitionNode operation)
    {
        var definitions = new Dictionary<string, VariableDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in operation.VariableDefinitions)
        {
            definitions[definition.Variable.Name.Value] = definition;
        }

        return definitions;
    }

    private bool IsAllowed(IType variableType, ValueNode? variableDefault, VariableUsage usage)
    {
        var locationType = usage.Type!;
        if (locationType is NonNullType nonNull && variableType is not NonNullType)
        {
            var hasNonNullDefault = variableDefault is not null and not NullValueNode;
            return (hasNonNullDefault || usage.HasDefaultValue) && Context.Schema.IsTypeSubTypeOf(variableType, nonNull.OfType);
        }

        return Context.Schema.IsTypeSubTypeOf(variableType, locationType);
    }
}
