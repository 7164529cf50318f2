using Bff.GraphQL.Language;

namespace Bff.GraphQL.Validation;

/// <summary>Collects the variables of one definition with the input type at each use; reused for every definition.</summary>
internal sealed class VariableUsageCollector(TypeInfo typeInfo) : ISyntaxVisitor
{
    private List<VariableUsage>? usages;

    public TypeInfo TypeInfo { get; } = typeInfo;

    /// <summary>The usages found since the last call; a shared empty list when there were none.</summary>
    public IReadOnlyList<VariableUsage> Take()
    {
        IReadOnlyList<VariableUsage> found = usages ?? (IReadOnlyList<VariableUsage>)[];
        usages = null;
        return found;
    }

    public bool Enter(SyntaxNode node)
    {
        switch (node)
        {
            case VariableDefinitionNode:
                return false;
            case VariableNode variable:
                (usages ??= []).Add(new VariableUsage(variable, TypeInfo.InputType, TypeInfo.HasDefaultValue));
                break;
        }

        return true;
    }

    public void Leave(SyntaxNode node)
    {
    }
}
