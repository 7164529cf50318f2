using Bff.GraphQL.Language;

namespace Bff.GraphQL.Validation;

/// <summary>Spec 5.2.3.1 Single Root Field: a subscription selects exactly one field, and not an introspection one.</summary>
internal sealed class SingleFieldSubscriptionsRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly SyntaxKind[] KindList = [SyntaxKind.OperationDefinition];

    public override IReadOnlyList<SyntaxKind> Kinds => KindList;

    public override bool Enter(SyntaxNode node)
    {
        var operation = (OperationDefinitionNode)node;
        if (operation.Operation != OperationType.Subscription || Context.Schema.SubscriptionType is not { } root)
        {
            return true;
        }

        var subject = operation.Name is { } name ? $"Subscription \"{name.Value}\"" : "Anonymous Subscription";
        var groups = RootFieldCollector.Collect(Context, root, operation.SelectionSet);
        if (groups.Count > 1)
        {
            Report($"{subject} must select only one top level field.", groups.Skip(1).SelectMany(g => g));
        }

        foreach (var group in groups.Where(g => g[0].Name.Value.StartsWith("__", StringComparison.Ordinal)))
        {
            Report($"{subject} must not select an introspection top level field.", group);
        }

        return true;
    }
}
