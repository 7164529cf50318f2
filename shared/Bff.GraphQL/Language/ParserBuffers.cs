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

    private SyntaxNode[] _items = new SyntaxNode[64];
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
        Array.Clear(stack._items, 0, stack._highWater);
        stack._count = 0;
        stack._highWater = 0;
        if (stack._items.Length <= 4096)
        {
            t_cached = stack;
        }
    }

    public void Push(SyntaxNode node)
    {
        if (_count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        _items[_count++] = node;
        if (_count > _highWater)
        {
            _highWater = _count;
        }
    }

    public T[] Pop<T>(int mark)
        where T : SyntaxNode
    {
        int n = _count - mark;
        if (n == 0)
        {
            return [];
        }

        var result = new T[n];
        ref T destination = ref MemoryMarshal.GetArrayDataReference(result);
        ReadOnlySpan<SyntaxNode> source = _items.AsSpan(mark, n);
        for (int i = 0; i < source.Length; i++)
        {
            // Every item above the mark was pushed by the list being closed, as a T: no cast or covariance check needed.
            Unsafe.Add(ref destination, i) = Unsafe.As<T>(source[i]);
        }

        _count = mark;
        return result;
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

        uint hash = 2166136261u ^ (uint)text.Length;
        foreach (char c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        ref string? entry = ref _entries[(hash ^ (hash >> 15)) & (Size - 1)];
        string? current = entry;
        if (current is not null && text.SequenceEqual(current))
        {
            return current;
        }

        return entry = new string(text);
    }
}
