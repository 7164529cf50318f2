namespace Bff.GraphQL.Types;

public sealed partial class Schema
{
    /// <summary>
    /// Finds the object type of <paramref name="value"/> returned for the interface or union
    /// <paramref name="abstractType"/>, trying in turn: the abstract type's <c>ResolveType</c>
    /// hook, a <c>"__typename"</c> key of a dictionary-shaped value, and the runtime CLR type bindings (walking base
    /// types, then interfaces; only a binding that is unambiguous among the possible types counts).
    /// Null when nothing matches. The caller checks <see cref="IsPossibleType"/>.
    /// </summary>
    public ObjectType? ResolveObjectType(NamedType abstractType, object value)
    {
        ArgumentNullException.ThrowIfNull(abstractType);
        ArgumentNullException.ThrowIfNull(value);
        var hook = abstractType switch
        {
            InterfaceType i => i.ResolveType,
            UnionType u => u.ResolveType,
            _ => null,
        };
        if (hook?.Invoke(value) is { } hookName)
        {
            return GetType(hookName) as ObjectType;
        }

        return FromTypeNameKey(value) ?? FromRuntimeType(abstractType, value.GetType());
    }

    /// <summary>The object type bound to <paramref name="clrType"/> or its nearest bound base type, or null.</summary>
    public ObjectType? GetObjectTypeForRuntimeType(Type clrType)
    {
        for (var type = clrType; type is not null; type = type.BaseType)
        {
            if (byRuntimeType.TryGetValue(type, out var bound) && bound.Count == 1)
            {
                return bound[0];
            }
        }

        return null;
    }

    private ObjectType? FromRuntimeType(NamedType abstractType, Type clrType)
    {
        foreach (var candidate in RuntimeCandidates(clrType))
        {
            // One CLR type may back several object types (dictionaries do); only a possible type is unambiguous.
            var possible = candidate.Where(t => IsPossibleType(abstractType, t)).ToList();
            if (possible.Count == 1)
            {
                return possible[0];
            }
        }

        return null;
    }

    private IEnumerable<List<ObjectType>> RuntimeCandidates(Type clrType)
    {
        for (var type = clrType; type is not null; type = type.BaseType)
        {
            if (byRuntimeType.TryGetValue(type, out var bound))
            {
                yield return bound;
            }
        }

        foreach (var contract in clrType.GetInterfaces())
        {
            if (byRuntimeType.TryGetValue(contract, out var bound))
            {
                yield return bound;
            }
        }
    }

    private ObjectType? FromTypeNameKey(object value)
    {
        var name = value switch
        {
            IReadOnlyDictionary<string, object?> map => map.GetValueOrDefault("__typename"),
            IDictionary<string, object?> map => map.TryGetValue("__typename", out var n) ? n : null,
            _ => null,
        };
        return name is string typeName ? GetType(typeName) as ObjectType : null;
    }
}
