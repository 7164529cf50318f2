namespace Bff.GraphQL.Types;

/// <summary>Precomputes the possible object types of every interface and union, in type map order.</summary>
internal static class PossibleTypeMap
{
    public static Dictionary<NamedType, IReadOnlyList<ObjectType>> Build(IEnumerable<NamedType> types)
    {
        var all = types.ToList();
        var map = new Dictionary<NamedType, IReadOnlyList<ObjectType>>();
        foreach (var type in all)
        {
            switch (type)
            {
                case UnionType union:
                    map[union] = union.Types;
                    break;
                case InterfaceType iface:
                    map[iface] = all.OfType<ObjectType>().Where(o => o.Implements(iface)).ToList();
                    break;
            }
        }

        return map;
    }
}
