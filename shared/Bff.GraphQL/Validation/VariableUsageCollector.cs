using Bff.GraphQL.Language;

namespace Bff.GraphQL.Validation;

/// <summary>Collects the variables of one definition with the input type at each use.</summary>
internal sealed class VariableUsageCollector(TypeInfo typeInfo) : ISyntaxVisitor
{
    public TypeInfo TypeInfo { get; } = typeInfo;

    public List<VariableUsage> Usages { get; } = [];

    public bool Enter(SyntaxNode node)
    {
        switch (node)
        {
            case VariableDefinitionNode:
                return false;
            case VariableNode variable:
                Usages.Add(new VariableUsage(variable, TypeInfo.InputType, TypeInfo.HasDefaultValue));
                break;
        }

        return true;
    }

    public void Leave(SyntaxNode node)
    {
    }
}
