using System.Runtime.CompilerServices;
using Bff.GraphQL.Language;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.Execution;

/// <summary>What a <see cref="FieldPlan"/> is made for: a selection set on an object type.</summary>
internal readonly record struct PlanKey(ObjectType Type, SelectionSetNode SelectionSet)
{
    /// <summary>Syntax nodes are records; a plan belongs to one node instance, so identity is the cheap, right test.</summary>
    public static readonly IEqualityComparer<PlanKey> Comparer = new IdentityComparer();

    private sealed class IdentityComparer : IEqualityComparer<PlanKey>
    {
        public bool Equals(PlanKey x, PlanKey y) =>
            ReferenceEquals(x.Type, y.Type) && ReferenceEquals(x.SelectionSet, y.SelectionSet);

        public int GetHashCode(PlanKey key) =>
            HashCode.Combine(RuntimeHelpers.GetHashCode(key.Type), RuntimeHelpers.GetHashCode(key.SelectionSet));
    }
}
