using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Bff.GraphQL.Types;

/// <summary>
/// An ordered, read-only list of fields, arguments, values or directives that can also be looked up by name.
/// Definition order is kept because SDL printing and introspection show members in that order.
/// </summary>
public sealed class NamedCollection<T> : IReadOnlyList<T>
    where T : class
{
    private readonly T[] items;
    private readonly Dictionary<string, T> byName;

    internal NamedCollection(IEnumerable<T> items, Func<T, string> nameOf)
    {
        this.items = [.. items];
        byName = new Dictionary<string, T>(this.items.Length, StringComparer.Ordinal);
        foreach (var item in this.items)
        {
            // The builder reports duplicates; the first definition is the one kept.
            byName.TryAdd(nameOf(item), item);
        }
    }

    /// <inheritdoc />
    public int Count => items.Length;

    /// <inheritdoc />
    public T this[int index] => items[index];

    /// <summary>The member named <paramref name="name"/>; throws when there is none.</summary>
    public T this[string name] => byName.TryGetValue(name, out var item)
        ? item
        : throw new KeyNotFoundException($"No member named \"{name}\".");

    /// <summary>Finds the member named <paramref name="name"/>.</summary>
    public bool TryGetValue(string name, [MaybeNullWhen(false)] out T item) => byName.TryGetValue(name, out item);

    /// <summary>True when a member is named <paramref name="name"/>.</summary>
    public bool Contains(string name) => byName.ContainsKey(name);

    /// <inheritdoc />
    /// <summary>Enumerates without allocating (validation and execution walk these on every request).</summary>
    public ArraySegment<T>.Enumerator GetEnumerator() => new ArraySegment<T>(items).GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => items.GetEnumerator();
}
