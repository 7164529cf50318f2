using Bff.GraphQL.Language;

namespace Bff.GraphQL.Validation;

/// <summary>Fields and aliases written in an operation and the fragments it uses, each fragment counted once.</summary>
internal static class SelectionCounts
{
    public static (int Fields, int Aliases) Count(ValidationContext context, OperationDefinitionNode operation)
    {
        int fields = 0, aliases = 0;
        var pending = new Stack<SelectionSetNode>();
        pending.Push(operation.SelectionSet);
        foreach (var fragment in context.GetRecursivelyReferencedFragments(operation))
        {
            pending.Push(fragment.SelectionSet);
        }

        while (pending.TryPop(out var set))
        {
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case FieldNode field:
                        fields++;
                        aliases += field.Alias is null ? 0 : 1;
                        if (field.SelectionSet is { } inner)
                        {
                            pending.Push(inner);
                        }

                        break;
                    case InlineFragmentNode inline:
                        pending.Push(inline.SelectionSet);
                        break;
                }
            }
        }

        return (fields, aliases);
    }
}
