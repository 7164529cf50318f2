namespace Bff.GraphQL.Validation;

/// <summary>
/// Remembers which pairs were compared and whether the comparison assumed the parents mutually exclusive
/// (graphql-js's <c>OrderedPairSet</c>): an exclusive query is answered by any earlier comparison, a non-exclusive
/// one only by an earlier non-exclusive comparison, which is the stricter check.
/// </summary>
internal sealed class ComparedPairs<TFirst>(IEqualityComparer<TFirst> comparer)
    where TFirst : notnull
{
    private readonly Dictionary<TFirst, Dictionary<string, bool>> data = new(comparer);

    public bool Has(TFirst a, string b, bool mutuallyExclusive) =>
        data.TryGetValue(a, out var inner) && inner.TryGetValue(b, out var wasExclusive)
        && (mutuallyExclusive || !wasExclusive);

    public void Add(TFirst a, string b, bool mutuallyExclusive)
    {
        if (!data.TryGetValue(a, out var inner))
        {
            data[a] = inner = new Dictionary<string, bool>(StringComparer.Ordinal);
        }

        inner[b] = mutuallyExclusive;
    }
}
