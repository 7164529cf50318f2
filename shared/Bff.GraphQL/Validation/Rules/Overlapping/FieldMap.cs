namespace Bff.GraphQL.Validation;

/// <summary>
/// The fields of a selection set (inline fragments flattened, in order) and the names of the fragments it spreads.
/// Compared by identity: one instance per selection set. Most selection sets name each response once, so the map
/// is a list; the index by response name is made only once a name repeats or the set is large.
/// </summary>
internal sealed class FieldMap
{
    private const int IndexFrom = 16;

    private readonly List<FieldAndDef> fields = [];
    private Dictionary<string, List<FieldAndDef>>? byName;
    private List<string>? responseNames;
    private List<string>? fragmentNames;
    private HashSet<string>? fragmentIndex;

    /// <summary>True when some response name has more than one field.</summary>
    public bool HasRepeats => responseNames is not null && responseNames.Count < fields.Count;

    public IReadOnlyList<string> FragmentNames => fragmentNames ?? (IReadOnlyList<string>)[];

    /// <summary>The response names, each once, in order of first appearance.</summary>
    public int NameCount => responseNames?.Count ?? fields.Count;

    public string NameAt(int index) => responseNames?[index] ?? fields[index].Node.ResponseName;

    /// <summary>The fields named <paramref name="responseName"/> (made on demand when the map has no index).</summary>
    public List<FieldAndDef>? Named(string responseName)
    {
        if (byName is not null)
        {
            return byName.GetValueOrDefault(responseName);
        }

        List<FieldAndDef>? found = null;
        foreach (var field in fields)
        {
            if (field.Node.ResponseName == responseName)
            {
                (found ??= []).Add(field);
            }
        }

        return found;
    }

    /// <summary>The single field named <paramref name="responseName"/> when the map has no repeats, without a list.</summary>
    public FieldAndDef? Single(string responseName)
    {
        foreach (var field in fields)
        {
            if (field.Node.ResponseName == responseName)
            {
                return field;
            }
        }

        return null;
    }

    public bool Contains(string responseName) => byName?.ContainsKey(responseName) ?? Single(responseName) is not null;

    public void Add(FieldAndDef field)
    {
        var name = field.Node.ResponseName;
        if (byName is null && (fields.Count >= IndexFrom || Single(name) is not null))
        {
            BuildIndex();
        }

        fields.Add(field);
        if (byName is null)
        {
            return;
        }

        if (!byName.TryGetValue(name, out var list))
        {
            byName[name] = list = [];
            responseNames!.Add(name);
        }

        list.Add(field);
    }

    /// <summary>Adds a spread fragment's name, once.</summary>
    public void AddFragment(string name)
    {
        fragmentNames ??= [];
        if (fragmentNames.Count >= IndexFrom)
        {
            fragmentIndex ??= new HashSet<string>(fragmentNames, StringComparer.Ordinal);
            if (fragmentIndex.Add(name))
            {
                fragmentNames.Add(name);
            }
        }
        else if (!fragmentNames.Contains(name))
        {
            fragmentNames.Add(name);
        }
    }

    private void BuildIndex()
    {
        byName = new Dictionary<string, List<FieldAndDef>>(StringComparer.Ordinal);
        responseNames = [];
        foreach (var field in fields)
        {
            var name = field.Node.ResponseName;
            if (!byName.TryGetValue(name, out var list))
            {
                byName[name] = list = [];
                responseNames.Add(name);
            }

            list.Add(field);
        }
    }
}
