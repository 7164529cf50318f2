namespace Bff.GraphQL.Validation;

/// <summary>Unordered pairs of fragment names (graphql-js's <c>PairSet</c>).</summary>
internal sealed class FragmentPairs
{
    private readonly ComparedPairs<string> pairs = new(StringComparer.Ordinal);

    public bool Has(string a, string b, bool mutuallyExclusive) => string.CompareOrdinal(a, b) < 0
        ? pairs.Has(a, b, mutuallyExclusive)
        : pairs.Has(b, a, mutuallyExclusive);

    public void Add(string a, string b, bool mutuallyExclusive)
    {
        if (string.CompareOrdinal(a, b) < 0)
        {
            pairs.Add(a, b, mutuallyExclusive);
        }
        else
        {
            pairs.Add(b, a, mutuallyExclusive);
        }
    }
}
