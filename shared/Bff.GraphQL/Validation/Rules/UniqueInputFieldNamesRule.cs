using Bff.GraphQL.Language;

namespace Bff.GraphQL.Validation;

/// <summary>Spec 5.6.3 Input Object Field Uniqueness.</summary>
internal sealed class UniqueInputFieldNamesRule(ValidationContext context) : ValidationRule(context)
{
    private readonly Stack<Dictionary<string, NameNode>> known = new();

    public override IReadOnlyList<SyntaxKind> Kinds { get; } = [SyntaxKind.ObjectValue, SyntaxKind.ObjectField];

    public override bool Enter(SyntaxNode node)
    {
        if (node is ObjectValueNode)
        {
            known.Push(new Dictionary<string, NameNode>(StringComparer.Ordinal));
        }
        else if (node is ObjectFieldNode field && known.TryPeek(out var names))
        {
            if (names.TryGetValue(field.Name.Value, out var first))
            {
                Report($"There can be only one input field named \"{field.Name.Value}\".", first, field.Name);
            }
            else
            {
                names[field.Name.Value] = field.Name;
            }
        }

        return true;
    }

    public override void Leave(SyntaxNode node)
    {
        if (node is ObjectValueNode)
        {
            known.Pop();
        }
    }
}
