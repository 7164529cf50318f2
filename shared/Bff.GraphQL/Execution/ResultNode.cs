namespace Bff.GraphQL.Execution;

/// <summary>
/// An object or list of the response tree. Each knows where it sits in its parent and whether that position may be
/// null, so a field error can null the nearest nullable position without unwinding a call stack (spec 6.4.4).
/// </summary>
public abstract class ResultNode
{
    private protected ResultNode(ResultNode? parent, int parentIndex, bool nullableInParent)
    {
        Parent = parent;
        ParentIndex = parentIndex;
        NullableInParent = nullableInParent;
    }

    internal ResultNode? Parent { get; }

    internal int ParentIndex { get; }

    internal bool NullableInParent { get; }

    /// <summary>True once this node, or a node above it, was replaced by null: work below it is moot.</summary>
    internal bool IsDiscarded
    {
        get
        {
            for (var node = this; node is not null; node = node.Parent)
            {
                if (node.discarded)
                {
                    return true;
                }
            }

            return false;
        }
    }

    private bool discarded;

    internal void Discard() => discarded = true;

    internal abstract void SetValue(int index, object? value);

    /// <summary>The key of a slot in the response path: a response key or a list index.</summary>
    internal abstract object KeyAt(int index);

    /// <summary>
    /// The response path of slot <paramref name="index"/>, read off the tree: fields keep no path of their own, since
    /// it is wanted only for errors and by resolvers that ask.
    /// </summary>
    internal IReadOnlyList<object> PathTo(int index)
    {
        // An incremental part's tree hangs below an anchor that holds the path where the part goes.
        var depth = 1;
        var top = this;
        for (; top.Parent is { AnchorPath: null }; top = top.Parent)
        {
            depth++;
        }

        var prefix = top.Parent?.AnchorPath ?? [];
        var keys = new object[prefix.Count + depth];
        for (var i = 0; i < prefix.Count; i++)
        {
            keys[i] = prefix[i];
        }

        var at = keys.Length;
        keys[--at] = KeyAt(index);
        for (var node = this; node.Parent is { AnchorPath: null }; node = node.Parent)
        {
            keys[--at] = node.Parent.KeyAt(node.ParentIndex);
        }

        return keys;
    }

    /// <summary>The response path of the part below this node, for anchors of incremental parts; null for others.</summary>
    internal virtual IReadOnlyList<object>? AnchorPath => null;
}
