using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Bff.GraphQL.Language;

/// <summary>
/// A stack of nodes shared by the lists of one parse: a list pushes its items above a mark and copies them out into an
/// exact-size array when it closes, so no growing <see cref="List{T}"/> is allocated per list. One per thread, reused.
/// </summary>
internal sealed class NodeStack
{
    [ThreadStatic]
    private static NodeStack? t_cached;

    // A struct wrapper, so that storing a node is a plain write (no covariant array store check).
    private Item[] _items = new Item[64];
    private int _count;
    private int _highWater;

    public int Count => _count;

    public static NodeStack Rent()
    {
        NodeStack? stack = t_cached;
        if (stack is null)
        {
            return new NodeStack();
        }

        t_cached = null;
        return stack;
    }

    public static void Return(NodeStack stack)
    {
        // Drop references so that parsed trees are not kept alive by the cache.
        // After a syntax error, items may sit above the high-water mark that only Pop records.
        Array.Clear(stack._items, 0, Math.Max(stack._highWater, stack._count));
        stack._count = 0;
        stack._highWater = 0;
        if (stack._items.Length <= 4096)
        {
            t_cached = stack;
        }
    }

    // Inlined at every list: the common case is one store; growing is out of line.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Push(SyntaxNode node)
    {
        Item[] items = _items;
        int count = _count;
        if ((uint)count < (uint)items.Length)
        {
            items[count].Node = node;
            _count = count + 1;
            return;
        }

        PushSlow(node);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void PushSlow(SyntaxNode node)
    {
        Array.Resize(ref _items, _items.Length * 2);
        _items[_count++].Node = node;
    }

    // Inlined so that each call site allocates its exact array type without a generic dictionary lookup.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public T[] Pop<T>(int mark)
        where T : SyntaxNode
    {
        int n = _count - mark;
        if (n == 0)
        {
            return [];
        }

        // The high-water mark (for clearing on return) is kept here rather than on every push.
        if (_count > _highWater)
        {
            _highWater = _count;
        }

        var result = new T[n];
        ref T destination = ref MemoryMarshal.GetArrayDataReference(result);
        ReadOnlySpan<Item> source = _items.AsSpan(mark, n);
        for (int i = 0; i < source.Length; i++)
        {
            // Every item above the mark was pushed by the list being closed, as a T: no cast or covariance check needed.
            Unsafe.Add(ref destination, i) = Unsafe.As<T>(source[i].Node);
        }

        _count = mark;
        return result;
    }

    private struct Item
    {
        public SyntaxNode Node;
    }
}

/// <summary>
/// A small per-thread table of recently seen names (and short number texts), so that the many repeats of
/// <c>id</c>, <c>name</c> or <c>__typename</c> in and across documents share one string. Lossy: a collision replaces.
/// </summary>
internal sealed class NameTable
{
    [ThreadStatic]
    private static NameTable? t_instance;

    private const int Size = 1024;
    private const int MaxLength = 32;

    private readonly string?[] _entries = new string?[Size];

    public static NameTable Instance => t_instance ??= new NameTable();

    public string Get(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxLength)
        {
            return new string(text);
        }

        if (text.IsEmpty)
        {
            return string.Empty;
        }

        // Cheap on purpose: a collision only costs a lost share, never a wrong string (the text is compared).
        uint hash = ((((uint)text.Length * 31u) + text[0]) * 31u + text[^1]) * 31u + text[text.Length >> 1];
        hash ^= hash >> 9;
        ref string? entry = ref _entries[hash & (Size - 1)];
        string? current = entry;
        if (current is not null && text.SequenceEqual(current))
        {
            return current;
        }

        return entry = new string(text);
    }
}
