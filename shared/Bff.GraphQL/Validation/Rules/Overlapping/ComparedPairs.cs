namespace Bff.GraphQL.Validation;

/// <summary>
/// Remembers which pairs were compared and whether the comparison assumed the parents mutually exclusive
/// (graphql-js's <c>OrderedPairSet</c>): an exclusive query is answered by any earlier comparison, a non-exclusive
/// one only by an earlier non-exclusive comparison, which is the stricter check. Made on the first pair.
/// </summary>
internal sealed class ComparedPairs<TFirst>(IEqualityComparer<TFirst> comparer)
    where TFirst : notnull
{
    private Dictionary<(TFirst, string), bool>? data;

    public bool Has(TFirst a, string b, bool mutuallyExclusive) =>
        data is not null && data.TryGetValue((a, b), out var wasExclusive) && (mutuallyExclusive || !wasExclusive);

    public void Add(TFirst a, string b, bool mutuallyExclusive) =>
        (data ??= new Dictionary<(TFirst, string), bool>(new PairComparer(comparer)))[(a, b)] = mutuallyExclusive;

    private sealed class PairComparer(IEqualityComparer<TFirst> first) : IEqualityComparer<(TFirst, string)>
    {
        public bool Equals((TFirst, string) x, (TFirst, string) y) =>
            first.Equals(x.Item1, y.Item1) && string.Equals(x.Item2, y.Item2, StringComparison.Ordinal);

        public int GetHashCode((TFirst, string) pair) =>
            HashCode.Combine(first.GetHashCode(pair.Item1), StringComparer.Ordinal.GetHashCode(pair.Item2));
    }
}
