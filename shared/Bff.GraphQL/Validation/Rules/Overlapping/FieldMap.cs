namespace Bff.GraphQL.Validation;

/// <summary>
/// The fields of a selection set by response name (inline fragments flattened, in order) and the names of the
/// fragments it spreads. Compared by identity: one instance per selection set.
/// </summary>
internal sealed class FieldMap
{
    public List<string> ResponseNames { get; } = [];

    public Dictionary<string, List<FieldAndDef>> Fields { get; } = new(StringComparer.Ordinal);

    public List<string> FragmentNames { get; } = [];

    public void Add(string responseName, FieldAndDef field)
    {
        if (!Fields.TryGetValue(responseName, out var list))
        {
            Fields[responseName] = list = [];
            ResponseNames.Add(responseName);
        }

        list.Add(field);
    }
}
