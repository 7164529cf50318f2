using Bff.GraphQL.Language;

namespace Bff.GraphQL.Validation;

/// <summary>
/// The variable usages of an operation, then of each fragment it uses: enumerated in place, with no iterator or
/// concatenation allocated (three rules walk them for every operation).
/// </summary>
internal readonly struct RecursiveVariableUsages(ValidationContext context, OperationDefinitionNode operation)
{
    public Enumerator GetEnumerator() => new(context, operation);

    internal struct Enumerator(ValidationContext context, OperationDefinitionNode operation)
    {
        private IReadOnlyList<VariableUsage> current = context.GetVariableUsages(operation);
        private IReadOnlyList<FragmentDefinitionNode>? fragments;
        private int fragment = -1;
        private int index = -1;

        public readonly VariableUsage Current => current[index];

        public bool MoveNext()
        {
            while (++index >= current.Count)
            {
                fragments ??= context.GetRecursivelyReferencedFragments(operation);
                if (++fragment >= fragments.Count)
                {
                    return false;
                }

                current = context.GetVariableUsages(fragments[fragment]);
                index = -1;
            }

            return true;
        }
    }
}
