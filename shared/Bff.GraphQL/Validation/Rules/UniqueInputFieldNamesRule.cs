using Bff.GraphQL.Language;

namespace Bff.GraphQL.Validation;

/// <summary>Spec 5.6.3 Input Object Field Uniqueness.</summary>
internal sealed class UniqueInputFieldNamesRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly SyntaxKind[] KindList = [SyntaxKind.ObjectValue, SyntaxKind.ObjectField];

    private Stack<UniqueNames<NameNode>>? known;

    public override IReadOnlyList<SyntaxKind> Kinds => KindList;

    public override bool Enter(SyntaxNode node)
    {
        if (node is ObjectValueNode)
        {
            (known ??= new()).Push(new UniqueNames<NameNode>());
        }
        else if (node is ObjectFieldNode field && known is not null && known.TryPeek(out var names)
            && names.FirstOrAdd(field.Name.Value, field.Name) is { } first)
        {
            Report($"There can be only one input field named \"{field.Name.Value}\".", first, field.Name);
        }

        return true;
    }

    public override void Leave(SyntaxNode node)
    {
        if (node is ObjectValueNode)
        {
            known!.Pop();
        }
    }
}
